using LiteDB;
using SoLienLac.Bot.Conversations.Settings;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Storage.LiteDb;

/// <summary>Each parent chat's notification settings (the defaults when never changed).</summary>
public sealed class LiteDbParentSettings(SchoolDatabase db)
{
    private ILiteCollection<BsonDocument> Settings => db.Collection(Collections.ParentSettings);

    public ParentSettings Of(ChatAddress chat) => db.Read(() => Settings.FindById(chat.Key)) is { } d ? To(d) : ParentSettings.Default;

    /// <summary>Many chats' settings in one read (a class's parents); chats that never changed them are left out.</summary>
    public IReadOnlyDictionary<string, ParentSettings> Of(IEnumerable<ChatAddress> chats) => db.Read(() =>
        Settings.Find(Where.In("_id", chats.Select(c => new BsonValue(c.Key)))).ToDictionary(d => d["_id"].AsString, To, StringComparer.Ordinal));

    private static ParentSettings To(BsonDocument d) =>
        new(Enum.Parse<ScoreAlerts>(d["scores"].AsString), d["weekly"].AsBoolean,
            d["quiet_from"].IsNull ? null : TimeOnly.Parse(d["quiet_from"].AsString, System.Globalization.CultureInfo.InvariantCulture),
            d["quiet_until"].IsNull ? null : TimeOnly.Parse(d["quiet_until"].AsString, System.Globalization.CultureInfo.InvariantCulture));

    public void Save(ChatAddress chat, ParentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        db.Write(() => Settings.Upsert(new BsonDocument
        {
            ["_id"] = chat.Key,
            ["scores"] = settings.ScoreAlerts.ToString(),
            ["weekly"] = settings.WeeklySummary,
            ["quiet_from"] = settings.QuietFrom is { } f ? f.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : BsonValue.Null,
            ["quiet_until"] = settings.QuietUntil is { } u ? u.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : BsonValue.Null,
        }));
    }
}
