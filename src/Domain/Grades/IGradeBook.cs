using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Grades;

/// <summary>Every mark entered for a student this school year.</summary>
public interface IGradeBook
{
    IReadOnlyList<Assessment> MarksOf(StudentCode student);

    IReadOnlyList<Assessment> MarksOf(StudentCode student, Term term);

    /// <summary>The year's marks of many students in one read (a class).</summary>
    ILookup<StudentCode, Assessment> MarksOf(IReadOnlyCollection<StudentCode> students);
}
