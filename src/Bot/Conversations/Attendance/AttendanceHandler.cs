using SoLienLac.Bot.Conversations.Children;
using SoLienLac.Bot.Conversations.Records;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Records;

namespace SoLienLac.Bot.Conversations.Attendance;

/// <summary>/chuyencan: the child's absences this school year.</summary>
public sealed class AttendanceHandler(IAttendanceBook attendance, RecordsAsOf asOf, SchoolCalendar calendar, SchoolProfiles profiles) : ICommandHandler
{
    public CommandInfo Info { get; } = new("chuyencan", "attendance", Audience.Parent, "Chuyên cần: các buổi con nghỉ", "Attendance: sessions missed")
    {
        Phrases = ["chuyen can", "vang", "nghi hoc", "so buoi nghi", "diem danh", "attendance", "absences"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (ChildChoice.Resolve(turn, "/chuyencan") is not { } child) return;
        turn.Say(AttendanceView.Year(turn.Texts, child, calendar.YearOf(await profiles.OfAsync(child.ClassName.School, cancellationToken)), await attendance.AbsencesOfAsync(child.Code, cancellationToken)));
        await asOf.StampAsync(turn, child.Code, [RecordKind.Attendance], cancellationToken);
    }
}
