using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Results;

/// <summary>Computes the results of a student, or of every student of a class, from the records.</summary>
public sealed class ClassResults(IStudentDirectory students, IGradeBook grades, IConductBook conduct, IAttendanceBook attendance)
{
    public async Task<IReadOnlyList<StudentResults>> OfAsync(ClassName className, SchoolYear year, Term? term, CancellationToken cancellationToken)
    {
        var results = new List<StudentResults>();
        foreach (var student in await students.InClassAsync(className, cancellationToken))
            results.Add(await OfAsync(student, year, term, cancellationToken));
        return results;
    }

    public async Task<StudentResults> OfAsync(Student student, SchoolYear year, Term? term, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(student);
        return StudentResults.Compute(student, year, term,
            await grades.MarksOfAsync(student.Code, cancellationToken), await conduct.LevelsOfAsync(student.Code, cancellationToken), await attendance.AbsencesOfAsync(student.Code, cancellationToken));
    }
}
