using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>
/// The parents of a student marked absent are told at once, on every chat they linked — and again
/// when the teacher corrects it (P ↔ K, or present after all) — each in their chat's language.
/// </summary>
public sealed class AbsenceAlert(IChatLinks links, IAttendanceBook attendance, INotifier notifier, Catalogues catalogues)
{
    /// <param name="savedAt">When the changes were saved: part of each message's id, so a session marked K, then
    /// present, then K again alerts the parents each time, while a retry of the same save still sends once.</param>
    public async Task SendAsync(IEnumerable<AbsenceChange> saved, SchoolYear year, DateTimeOffset savedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saved);
        var changes = saved.ToList();
        // A roll call's parents read at once: one read of their languages, not one a parent.
        var parents = await links.ParentsOfAsync(changes.Select(c => c.Student.Code).Distinct().ToList(), cancellationToken);
        var textsOf = await catalogues.OfAsync(parents.SelectMany(p => p).Select(l => l.Chat), cancellationToken);
        foreach (var change in changes)
        {
            var total = (await attendance.AbsencesOfAsync(change.Student.Code, cancellationToken)).Count(a => year.Contains(a.Date));
            var mark = change.After?.Mark ?? "CM";
            foreach (var link in parents[change.Student.Code])
            {
                var texts = textsOf(link.Chat);
                var message = new Reply(change.After is { } after
                    ? texts.Attendance.Alert(change.Student, after, change.Before is not null, total)
                    : texts.Attendance.Cleared(change.Student, change.Before!, total)) { Language = texts.Language };
                await notifier.NotifyAsync($"absence:{change.Absence!.Key}:{mark}:{savedAt.UtcTicks}:{link.Chat.Key}", link.Chat, message, CodeHolder.Student(change.Student.Code), cancellationToken);
            }
        }
    }
}
