using System.Data.Common;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Settings;

namespace SoLienLac.Storage.PostgreSql;

internal sealed class PostgreSqlParentSettings(PostgreSqlDatabase db) : IParentSettings
{
    private const string Columns = "chat, score_alerts, weekly_summary, quiet_from, quiet_until";

    public async Task<ParentSettings> OfAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        var found = await ReadAsync([chat.Key], cancellationToken).ConfigureAwait(false);
        return found.TryGetValue(chat.Key, out var settings) ? settings : ParentSettings.Default;
    }

    public Task<IReadOnlyDictionary<string, ParentSettings>> OfAsync(IEnumerable<ChatAddress> chats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chats);
        return ReadAsync(chats.Select(c => c.Key).Distinct(StringComparer.Ordinal).ToArray(), cancellationToken);
    }

    /// <summary>Quiet hours are kept to the minute, as the LiteDB store keeps them ("HH:mm").</summary>
    public async Task SaveAsync(ChatAddress chat, ParentSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var command = (await db.CommandAsync(
            $"""
            INSERT INTO parent_settings ({Columns}) VALUES (@chat, @scores, @weekly, @quiet_from, @quiet_until)
            ON CONFLICT (chat) DO UPDATE SET score_alerts = excluded.score_alerts, weekly_summary = excluded.weekly_summary,
                quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until
            """, cancellationToken).ConfigureAwait(false))
            .With("chat", chat.Key).With("scores", settings.ScoreAlerts.ToString()).With("weekly", settings.WeeklySummary)
            .With("quiet_from", ToMinute(settings.QuietFrom)).With("quiet_until", ToMinute(settings.QuietUntil));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyDictionary<string, ParentSettings>> ReadAsync(string[] keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, ParentSettings>(StringComparer.Ordinal);
        if (keys.Length == 0) return found;
        await using var command = (await db.CommandAsync(
            $"SELECT {Columns} FROM parent_settings WHERE chat = ANY(@keys)", cancellationToken).ConfigureAwait(false))
            .With("keys", keys);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            found[reader.GetString(0)] = To(reader);
        return found;
    }

    private static ParentSettings To(DbDataReader r) =>
        new(Enum.Parse<ScoreAlerts>(r.GetString(1)), r.GetBoolean(2),
            r.IsDBNull(3) ? null : r.GetFieldValue<TimeOnly>(3), r.IsDBNull(4) ? null : r.GetFieldValue<TimeOnly>(4));

    private static TimeOnly? ToMinute(TimeOnly? time) => time is { } t ? new TimeOnly(t.Hour, t.Minute) : null;
}
