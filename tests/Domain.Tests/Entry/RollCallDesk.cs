using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.Teachers;
using SoLienLac.Domain.Tests.Builders;
using SoLienLac.Domain.Tests.Fakes;
using SoLienLac.Domain.Tests.Teachers;

namespace SoLienLac.Domain.Tests.Entry;

/// <summary>
/// Attendance entry over fresh in-memory books for one test, on <see cref="EntryRoster"/>: the morning
/// of Monday 23/11/2026 in 6A, where An is already down as P and Bình as K that afternoon.
/// </summary>
public sealed class RollCallDesk
{
    public static readonly DateOnly Monday = new(2026, 11, 23);

    public RollCallDesk()
    {
        Attendance = new FakeAttendanceBook(
            new RecordsBuilder("HS0001").Absent(Monday, DaySession.Morning, excused: true).BuildAbsences()
                .Concat(new RecordsBuilder("HS0002").Absent(Monday, DaySession.Afternoon, excused: false).BuildAbsences()));
        Records = new FakeSchoolRecords(new FakeGradeBook(), Attendance);
        Entry = new AttendanceEntry(EntryRoster.Directory(), Attendance, Records);
    }

    public FakeAttendanceBook Attendance { get; }

    public FakeSchoolRecords Records { get; }

    public AttendanceEntry Entry { get; }

    public AbsenceBatch Preview(params string[] lines) => Preview(Staff.Homeroom, lines);

    public AbsenceBatch Preview(Teacher teacher, params string[] lines) =>
        Entry.Preview(teacher, Staff.Own, Monday, DaySession.Morning, lines);

    public static string Describe(AbsenceChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return $"{change.Student.Code}: {change.Before?.Mark ?? "mới"} → {change.After?.Mark ?? "có mặt"}";
    }
}
