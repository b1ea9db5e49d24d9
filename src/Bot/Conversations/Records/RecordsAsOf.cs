using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Records;

/// <summary>"Cập nhật 03/12/2026 14:20" under every record a parent is shown: when the kinds it shows last changed.</summary>
public sealed class RecordsAsOf(IRecordStamps stamps, SchoolCalendar calendar)
{
    /// <summary>Adds the line to the turn's last reply (the page just shown).</summary>
    public async Task StampAsync(Turn turn, StudentCode student, IReadOnlyCollection<RecordKind> kinds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(kinds);
        if (turn.Replies.Count == 0) return;
        var known = await stamps.OfAsync(student, cancellationToken);
        Stamp(turn, kinds.Where(known.ContainsKey).Select(k => (DateTimeOffset?)known[k]).Max());
    }

    /// <summary>Adds the line for a page whose latest change is known already (the newest notice), or that has none.</summary>
    public void Stamp(Turn turn, DateTimeOffset? latest)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Replies.Count == 0) return;
        string? moment = null;
        if (latest is { } at)
        {
            var local = calendar.ToLocal(at);
            moment = $"{turn.Texts.Format.DayMonthYear(DateOnly.FromDateTime(local.DateTime))} {local:HH:mm}";
        }
        var page = turn.Replies[^1];
        turn.Replies[^1] = page with { Text = $"{page.Text}\n\n{turn.Texts.Chat.UpdatedAt(moment)}" };
    }
}
