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
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Delivery;

/// <summary>
/// New scores reach parents who asked for them at once, after a grace period; a correction within
/// it replaces the waiting alert, so the parent only ever sees the right score. Each in the chat's language.
/// </summary>
public sealed class ScoreAlerts(IChatLinks links, IStudentDirectory students, IGradeBook grades, IOutbox outbox, IParentSettings settings,
    Catalogues catalogues, SchoolCalendar calendar, IOptions<DeliveryOptions> delivery, IOptions<ScheduleOptions> schedule)
{
    public async Task QueueAsync(IEnumerable<Assessment> saved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saved);
        var now = calendar.Now;
        var marks = saved.ToList();
        // A batch's parents read at once: one read of their languages, not one a parent.
        var parents = await links.ParentsOfAsync(marks.Select(m => m.Student).Distinct().ToList(), cancellationToken);
        var textsOf = await catalogues.OfAsync(parents.SelectMany(p => p).Select(l => l.Chat), cancellationToken);
        var chosenOf = await settings.OfAsync(parents.SelectMany(p => p).Select(l => l.Chat).Distinct().ToList(), cancellationToken);
        foreach (var mark in marks)
        {
            if (await students.FindAsync(mark.Student, cancellationToken) is not { } student) continue;
            foreach (var link in parents[mark.Student])
            {
                var chosen = chosenOf.GetValueOrDefault(link.Chat.Key, ParentSettings.Default);
                if (chosen.ScoreAlerts != Domain.Settings.ScoreAlerts.Instant) continue;
                var cell = $"score:{mark.Student}|{mark.Subject.Name}|{(int)mark.Term}|{mark.Column}:{link.Chat.Key}:";
                await outbox.CancelPendingAsync(cell, cancellationToken);
                // A typo fixed back within the grace period: the family was last told this very mark.
                if (await outbox.LastSentIdAsync(cell, cancellationToken) is { } told && MarkIn(told[cell.Length..]) == mark.Mark.ToString()) continue;
                var due = QuietHours.NextAllowed(now + delivery.Value.ScoreAlertGrace, chosen, schedule.Value);
                // The time of the save in the id: 8 → 9 → 8 tells the parents each time, not 8 once.
                var texts = textsOf(link.Chat);
                var alert = new Reply(await TextAsync(texts, student, mark, cancellationToken)) { Language = texts.Language };
                await outbox.EnqueueAsync(OutboxMessages.Of($"{cell}{mark.Mark}:{(mark.RecordedAt ?? now).UtcTicks}", link.Chat, alert, now, due,
                    CodeHolder.Student(student.Code)), cancellationToken);
            }
        }
    }

    /// <summary>The mark an alert's id names: "8.5:638…" (the save's time after it), or "8.5" in ids made before that.</summary>
    private static string MarkIn(string rest) => rest.Split(':')[0];

    private async Task<string> TextAsync(Catalogue texts, Student student, Assessment mark, CancellationToken cancellationToken)
    {
        var ofTerm = await grades.MarksOfAsync(student.Code, mark.Term, cancellationToken);
        var result = SubjectAverages.ForTerm(mark.Subject, student.ClassName.Grade, ofTerm);
        return texts.Grades.NewMark(student, mark, result.Average);
    }
}
