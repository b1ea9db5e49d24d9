using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Summaries;

/// <summary>
/// What happened to one child in one school week: marks entered, absences, remarks, notices the
/// family has not acknowledged yet (published this week, or in the month before and still unread),
/// and leave requests. <see cref="IsEmpty"/> when there is nothing to say — and then nothing is sent.
/// </summary>
public sealed record WeekDigest(
    Student Student,
    SchoolWeek Week,
    IReadOnlyList<Assessment> NewMarks,
    IReadOnlyList<Absence> Absences,
    int AbsencesThisYear,
    IReadOnlyList<Remark> Remarks,
    IReadOnlyList<Notice> Notices)
{
    /// <summary>Unacknowledged notices older than this no longer come back in the summary.</summary>
    public static readonly TimeSpan UnreadReminder = TimeSpan.FromDays(30);

    public IReadOnlyList<LeaveRequest> LeaveRequests { get; init; } = [];

    public bool IsEmpty => NewMarks.Count == 0 && Absences.Count == 0 && Remarks.Count == 0 && Notices.Count == 0 && LeaveRequests.Count == 0;

    /// <param name="acknowledged">Notices this child's family already acknowledged ("Đã xem").</param>
    /// <param name="leaves">The child's leave requests; those made or decided this week are told.</param>
    public static WeekDigest Compose(Student student, SchoolWeek week, SchoolYear year, TimeZoneInfo zone,
        IReadOnlyList<Assessment> marks, IReadOnlyList<Absence> absences, IReadOnlyList<Remark> remarks, IReadOnlyList<Notice> notices,
        IReadOnlySet<Guid>? acknowledged = null, IReadOnlyList<LeaveRequest>? leaves = null)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(year);
        bool InWeek(DateTimeOffset? at) => at is { } t && week.Contains(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, zone).DateTime));
        var weekEnd = new DateTimeOffset(week.Sunday.ToDateTime(TimeOnly.MaxValue), zone.GetUtcOffset(week.Sunday.ToDateTime(TimeOnly.MaxValue)));
        bool Unread(Notice n) => acknowledged is null || !acknowledged.Contains(n.Id);
        bool Recent(Notice n) => InWeek(n.PublishAt) || (n.PublishAt <= weekEnd && n.PublishAt > weekEnd - UnreadReminder && Unread(n));
        return new WeekDigest(
            student,
            week,
            marks.Where(m => InWeek(m.RecordedAt)).OrderBy(m => SubjectOrder(m)).ThenBy(m => m.Column.Order).ToList(),
            absences.Where(a => week.Contains(a.Date)).OrderBy(a => a.Date).ThenBy(a => a.Session).ToList(),
            absences.Count(a => year.Contains(a.Date)),
            remarks.Where(r => week.Contains(r.Date)).OrderBy(r => r.Date).ToList(),
            notices.Where(n => n.ConcernsClass(student.ClassName) && Unread(n) && Recent(n)).OrderBy(n => n.PublishAt).ToList())
        {
            LeaveRequests = (leaves ?? []).Where(l => l.Student == student.Code && (InWeek(l.CreatedAt) || InWeek(l.DecidedAt))).ToList(),
        };
    }

    private static int SubjectOrder(Assessment mark) => Subjects.SubjectCatalog.IndexOf(mark.Subject);
}
