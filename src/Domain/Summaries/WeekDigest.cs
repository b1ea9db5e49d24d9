using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Summaries;

/// <summary>
/// What happened to one child in one school week: marks entered, absences, remarks, and notices
/// published. <see cref="IsEmpty"/> when there is nothing to say — and then nothing is sent.
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
    public bool IsEmpty => NewMarks.Count == 0 && Absences.Count == 0 && Remarks.Count == 0 && Notices.Count == 0;

    public static WeekDigest Compose(Student student, SchoolWeek week, SchoolYear year, TimeZoneInfo zone,
        IReadOnlyList<Assessment> marks, IReadOnlyList<Absence> absences, IReadOnlyList<Remark> remarks, IReadOnlyList<Notice> notices)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(year);
        bool InWeek(DateTimeOffset? at) => at is { } t && week.Contains(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, zone).DateTime));
        return new WeekDigest(
            student,
            week,
            marks.Where(m => InWeek(m.RecordedAt)).OrderBy(m => SubjectOrder(m)).ThenBy(m => m.Column.Order).ToList(),
            absences.Where(a => week.Contains(a.Date)).OrderBy(a => a.Date).ThenBy(a => a.Session).ToList(),
            absences.Count(a => year.Contains(a.Date)),
            remarks.Where(r => week.Contains(r.Date)).OrderBy(r => r.Date).ToList(),
            notices.Where(n => n.ConcernsClass(student.ClassName) && InWeek(n.PublishAt)).OrderBy(n => n.PublishAt).ToList());
    }

    private static int SubjectOrder(Assessment mark) => Subjects.SubjectCatalog.IndexOf(mark.Subject);
}
