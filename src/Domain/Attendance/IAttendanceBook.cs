using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Attendance;

/// <summary>The absences recorded for a student, oldest first.</summary>
public interface IAttendanceBook
{
    IReadOnlyList<Absence> AbsencesOf(StudentCode student);
}
