using SoLienLac.Bot.Conversations.Children;
using SoLienLac.Bot.Conversations.Records;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Summaries;

namespace SoLienLac.Bot.Conversations.Week;

/// <summary>/tuan: what happened to the child this week.</summary>
public sealed class WeekHandler(IGradeBook grades, IAttendanceBook attendance, IConductBook conduct, INoticeBoard board, ILeaveRequests leaves,
    RecordsAsOf asOf, SchoolCalendar calendar, SchoolProfiles profiles)
    : ICommandHandler
{
    public CommandInfo Info { get; } = new("tuan", "week", Audience.Parent, "Tóm tắt tuần này của con", "This week's summary")
    {
        Phrases = ["tuan", "tuan nay", "tom tat", "week"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var child = ChildChoice.Resolve(turn, "/tuan");
        if (child is null) return;
        var marks = await grades.MarksOfAsync(child.Code, cancellationToken);
        var digest = WeekDigest.Compose(child, SchoolWeek.Of(calendar.Today), calendar.YearOf(await profiles.OfAsync(child.ClassName.School, cancellationToken)), calendar.Zone, marks,
            await attendance.AbsencesOfAsync(child.Code, cancellationToken), await conduct.RemarksOfAsync(child.Code, cancellationToken), await board.PublishedForAsync(child.ClassName, calendar.Now, 50, cancellationToken),
            await board.AcknowledgedForAsync(child.Code, cancellationToken), await leaves.OfStudentAsync(child.Code, cancellationToken));
        turn.Say(WeekView.Render(turn.Texts, digest, marks));
        await asOf.StampAsync(turn, child.Code, [RecordKind.Grades, RecordKind.Attendance, RecordKind.Conduct], cancellationToken);
    }
}
