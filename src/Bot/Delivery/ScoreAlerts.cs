using Microsoft.Extensions.Options;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Settings;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Scheduling;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Delivery;

/// <summary>
/// New scores reach parents who asked for them at once, after a grace period; a correction within
/// it replaces the waiting alert, so the parent only ever sees the right score. Each in the chat's language.
/// </summary>
public sealed class ScoreAlerts(IChatLinks links, IStudentDirectory students, IGradeBook grades, IOutbox outbox, OutboxSignal signal, IParentSettings settings,
    Catalogues catalogues, SchoolCalendar calendar, IOptions<DeliveryOptions> delivery, IOptions<ScheduleOptions> schedule)
{
    /// <summary>
    /// Adds to <paramref name="changes"/>, before it is saved, the alerts its marks cause and the waiting
    /// alerts they make stale: the marks and their alerts are then written in one transaction. Call
    /// <see cref="OutboxSignal.Raise"/> (through <see cref="Wake"/>) once it is saved.
    /// </summary>
    public async Task AddToAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var now = calendar.Now;
        var marks = changes.Assessments.ToList();
        if (marks.Count == 0) return;
        // A batch's parents read at once: one read of their languages, not one a parent.
        var parents = await links.ParentsOfAsync(marks.Select(m => m.Student).Distinct().ToList(), cancellationToken);
        var textsOf = await catalogues.OfAsync(parents.SelectMany(p => p).Select(l => l.Chat), cancellationToken);
        var chosenOf = await settings.OfAsync(parents.SelectMany(p => p).Select(l => l.Chat).Distinct().ToList(), cancellationToken);
        foreach (var mark in marks)
        {
            if (await students.FindAsync(mark.Student, cancellationToken) is not { } student) continue;
            // The term's average as it is once saved: read once a mark, whoever is told.
            Task<decimal?>? average = null;
            foreach (var link in parents[mark.Student])
            {
                var chosen = chosenOf.GetValueOrDefault(link.Chat.Key, ParentSettings.Default);
                if (chosen.ScoreAlerts != Domain.Settings.ScoreAlerts.Instant) continue;
                var cell = $"score:{mark.Student}|{mark.Subject.Name}|{(int)mark.Term}|{mark.Column}:{link.Chat.Key}:";
                changes.StaleMessages.Add(cell);
                // A typo fixed back within the grace period: the family was last told this very mark.
                if (await outbox.LastSentIdAsync(cell, cancellationToken) is { } told && MarkIn(told[cell.Length..]) == mark.Mark.ToString()) continue;
                var due = QuietHours.NextAllowed(now + delivery.Value.ScoreAlertGrace, chosen, schedule.Value);
                // The time of the save in the id: 8 → 9 → 8 tells the parents each time, not 8 once.
                var texts = textsOf(link.Chat);
                average ??= AverageAsync(student, mark, marks, cancellationToken);
                var alert = new Reply(texts.Grades.NewMark(student, mark, await average)) { Language = texts.Language };
                changes.Messages.Add(OutboxMessages.Of($"{cell}{mark.Mark}:{(mark.RecordedAt ?? now).UtcTicks}", link.Chat, alert, now, due,
                    CodeHolder.Student(student.Code)));
            }
        }
    }

    /// <summary>The mark an alert's id names: "8.5:638…" (the save's time after it), or "8.5" in ids made before that.</summary>
    private static string MarkIn(string rest) => rest.Split(':')[0];

    /// <summary>Wakes the sender once the change and its alerts are saved.</summary>
    public void Wake() => signal.Raise();

    /// <summary>The subject's term average as it is once <paramref name="saving"/> is saved.</summary>
    private async Task<decimal?> AverageAsync(Student student, Assessment mark, IReadOnlyList<Assessment> saving, CancellationToken cancellationToken)
    {
        var saved = await grades.MarksOfAsync(student.Code, mark.Term, cancellationToken);
        var replacing = saving.Where(a => a.Student == student.Code && a.Term == mark.Term).ToList();
        var keys = replacing.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var ofTerm = saved.Where(a => !keys.Contains(a.Key)).Concat(replacing).ToList();
        var result = SubjectAverages.ForTerm(mark.Subject, student.ClassName.Grade, ofTerm);
        return result.Average;
    }
}
