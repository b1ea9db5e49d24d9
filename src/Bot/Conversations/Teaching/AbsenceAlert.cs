using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Entry;
using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>
/// The parents of a student marked absent are told at once, on every chat they linked — and again
/// when the teacher corrects it (P ↔ K, or present after all) — each in their chat's language.
/// </summary>
public sealed class AbsenceAlert(IChatLinks links, IAttendanceBook attendance, OutboxSignal signal, Catalogues catalogues)
{
    /// <summary>
    /// Adds to <paramref name="into"/>, before it is saved, the alerts of the absences it saves: the
    /// absences and their alerts are written in one transaction. <see cref="Wake"/> once saved.
    /// </summary>
    /// <param name="savedAt">When the changes are saved: part of each message's id, so a session marked K, then
    /// present, then K again alerts the parents each time, while a retry of the same save still sends once.</param>
    public async Task AddToAsync(IReadOnlyList<AbsenceChange> saved, ChangeSet into, SchoolYear year, DateTimeOffset savedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(into);
        var changes = saved;
        // A roll call's parents read at once: one read of their languages, not one a parent.
        var parents = await links.ParentsOfAsync(changes.Select(c => c.Student.Code).Distinct().ToList(), cancellationToken);
        var textsOf = await catalogues.OfAsync(parents.SelectMany(p => p).Select(l => l.Chat), cancellationToken);
        foreach (var change in changes)
        {
            var total = Total(await attendance.AbsencesOfAsync(change.Student.Code, cancellationToken), into, change.Student.Code, year);
            var mark = change.After?.Mark ?? "CM";
            foreach (var link in parents[change.Student.Code])
            {
                var texts = textsOf(link.Chat);
                var message = new Reply(change.After is { } after
                    ? texts.Attendance.Alert(change.Student, after, change.Before is not null, total)
                    : texts.Attendance.Cleared(change.Student, change.Before!, total)) { Language = texts.Language };
                into.Messages.Add(OutboxMessages.Of($"absence:{change.Absence!.Key}:{mark}:{savedAt.UtcTicks}:{link.Chat.Key}", link.Chat, message,
                    savedAt, savedAt, CodeHolder.Student(change.Student.Code)));
            }
        }
    }

    /// <summary>Wakes the sender once the absences and their alerts are saved.</summary>
    public void Wake() => signal.Raise();

    /// <summary>The year's absences as they are once <paramref name="saving"/> is saved.</summary>
    private static int Total(IReadOnlyList<Absence> saved, ChangeSet saving, StudentCode student, SchoolYear year)
    {
        var cleared = saving.ClearedAbsences.Where(a => a.Student == student).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var added = saving.Absences.Where(a => a.Student == student).ToList();
        var replaced = added.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        return saved.Where(a => !cleared.Contains(a.Key) && !replaced.Contains(a.Key)).Concat(added).Count(a => year.Contains(a.Date));
    }
}
