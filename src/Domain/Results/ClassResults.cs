using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Results;

/// <summary>Computes the results of a student, or of every student of a class, from the records.</summary>
public sealed class ClassResults(IStudentDirectory students, IGradeBook grades, IConductBook conduct, IAttendanceBook attendance)
{
    public IReadOnlyList<StudentResults> Of(ClassName className, SchoolYear year, Term? term) =>
        students.InClass(className).Select(s => Of(s, year, term)).ToList();

    public StudentResults Of(Student student, SchoolYear year, Term? term)
    {
        ArgumentNullException.ThrowIfNull(student);
        return StudentResults.Compute(student, year, term,
            grades.MarksOf(student.Code), conduct.LevelsOf(student.Code), attendance.AbsencesOf(student.Code));
    }
}
