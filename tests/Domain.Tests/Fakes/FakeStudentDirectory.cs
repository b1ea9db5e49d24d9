using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Tests.Fakes;

/// <summary>The roster in memory; classes list their students in student-code order, as the port promises.</summary>
public sealed class FakeStudentDirectory : IStudentDirectory
{
    private readonly Dictionary<StudentCode, Student> _students = [];

    public FakeStudentDirectory(params Student[] students)
    {
        ArgumentNullException.ThrowIfNull(students);
        foreach (var student in students) _students[student.Code] = student;
    }

    public Student? Find(StudentCode code) => _students.GetValueOrDefault(code);

    public IReadOnlyList<Student> InClass(ClassName className) =>
        _students.Values.Where(s => s.ClassName == className).OrderBy(s => s.Code.Value, StringComparer.Ordinal).ToList();

    public IReadOnlyList<ClassName> Classes() =>
        _students.Values.Select(s => s.ClassName).Distinct().OrderBy(c => c.Value, StringComparer.Ordinal).ToList();

    public IReadOnlyList<Guardian> GuardiansOf(StudentCode student) => [];

    public IReadOnlyList<Guardian> GuardiansWithPhone(PhoneNumber phone) => [];

    public int CountStudents() => _students.Count;
}
