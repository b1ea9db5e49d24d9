using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Attendance;

/// <summary>The absences recorded for a student, oldest first.</summary>
public interface IAttendanceBook
{
    Task<IReadOnlyList<Absence>> AbsencesOfAsync(StudentCode student, CancellationToken cancellationToken);

    /// <summary>Many students' absences in one read (a class), each student's oldest first.</summary>
    Task<ILookup<StudentCode, Absence>> AbsencesOfAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken);
}
