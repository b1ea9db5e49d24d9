using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Attendance;

/// <summary>The absences recorded for a student, oldest first.</summary>
public interface IAttendanceBook
{
    IReadOnlyList<Absence> AbsencesOf(StudentCode student);

    /// <summary>Many students' absences in one read (a class), each student's oldest first.</summary>
    ILookup<StudentCode, Absence> AbsencesOf(IReadOnlyCollection<StudentCode> students);
}
