using Microsoft.Extensions.Options;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Week;
using SoLienLac.Bot.Delivery;
using SoLienLac.Bot.School;
using SoLienLac.Bot.Storage.LiteDb;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Summaries;

namespace SoLienLac.Bot.Scheduling;

/// <summary>
/// Writes one weekly summary per child per linked parent chat into the outbox — only when there is
/// something to say, never to be delivered in the quiet hours. Ids (<c>weekly:2026-W48:HS0012:chat</c>)
/// make a second run of the same week add nothing. Class by class, so memory stays bounded.
/// </summary>
public sealed class WeeklySummaries(IStudentDirectory students, IChatLinks links, IGradeBook grades, IAttendanceBook attendance,
    IConductBook conduct, INoticeBoard board, ILeaveRequests leaves, IOutbox outbox, OutboxSignal signal, LiteDbParentSettings settings, SchoolCalendar calendar,
    IOptions<ScheduleOptions> options)
{
    /// <returns>How many summaries were queued.</returns>
    public int Compose(SchoolWeek week)
    {
        var now = calendar.Now;
        var queued = 0;
        foreach (var className in students.Classes())
        {
            var batch = new List<OutboxMessage>();
            var notices = board.PublishedFor(className, now, 50);
            foreach (var student in students.InClass(className).Where(s => s.IsStudying))
            {
                var parents = links.ParentsOf(student.Code);
                if (parents.Count == 0) continue;
                var marks = grades.MarksOf(student.Code);
                var digest = WeekDigest.Compose(student, week, calendar.Year, calendar.Zone, marks,
                    attendance.AbsencesOf(student.Code), conduct.RemarksOf(student.Code), notices,
                    board.AcknowledgedFor(student.Code), leaves.OfStudent(student.Code));
                if (digest.IsEmpty) continue;
                var reply = new Reply("📬 Tóm tắt tuần của sổ liên lạc\n" + WeekView.Render(digest, marks));
                foreach (var parent in parents)
                {
                    var chosen = settings.Of(parent.Chat);
                    if (!chosen.WeeklySummary) continue;
                    var notBefore = QuietHours.NextAllowed(now, chosen.QuietFrom ?? options.Value.QuietFrom, chosen.QuietUntil ?? options.Value.QuietUntil);
                    var id = $"weekly:{week.Id}:{student.Code}:{parent.Chat.Key}";
                    batch.Add(new OutboxMessage(id, parent.Chat, reply, now, notBefore));
                }
            }
            // One transaction a class: a school of 100,000 is a few thousand writes, not 100,000.
            queued += outbox.EnqueueMany(batch);
        }
        if (queued > 0) signal.Raise();
        return queued;
    }
}
