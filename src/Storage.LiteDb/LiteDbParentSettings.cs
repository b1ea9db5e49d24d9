using LiteDB;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Settings;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbParentSettings(SchoolDatabase db) : IParentSettings
{
    private ILiteCollection<BsonDocument> Settings => db.Collection(Collections.ParentSettings);

    public Task<ParentSettings> OfAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        Task.FromResult(db.Read(() => Settings.FindById(chat.Key)) is { } d ? To(d) : ParentSettings.Default);

    public Task<IReadOnlyDictionary<string, ParentSettings>> OfAsync(IEnumerable<ChatAddress> chats, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, ParentSettings>>(db.Read(() =>
            Settings.Find(Where.In("_id", chats.Select(c => new BsonValue(c.Key)))).ToDictionary(d => d["_id"].AsString, To, StringComparer.Ordinal)));

    private static ParentSettings To(BsonDocument d) =>
        new(Enum.Parse<ScoreAlerts>(d["scores"].AsString), d["weekly"].AsBoolean,
            d["quiet_from"].IsNull ? null : TimeOnly.Parse(d["quiet_from"].AsString, System.Globalization.CultureInfo.InvariantCulture),
            d["quiet_until"].IsNull ? null : TimeOnly.Parse(d["quiet_until"].AsString, System.Globalization.CultureInfo.InvariantCulture));

    public Task SaveAsync(ChatAddress chat, ParentSettings settings, CancellationToken cancellationToken)
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
        return Task.CompletedTask;
    }
}
