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

    public Task<Student?> FindAsync(StudentCode code, CancellationToken cancellationToken) => Task.FromResult(_students.GetValueOrDefault(code));

    public Task<IReadOnlyList<Student>> InClassAsync(ClassName className, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Student>>(_students.Values.Where(s => s.ClassName == className).OrderBy(s => s.Code.Value, StringComparer.Ordinal).ToList());

    public Task<IReadOnlyList<ClassName>> ClassesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ClassName>>(_students.Values.Select(s => s.ClassName).Distinct().OrderBy(c => c.Value, StringComparer.Ordinal).ToList());

    public Task<IReadOnlyList<Guardian>> GuardiansOfAsync(StudentCode student, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Guardian>>([]);

    public Task<IReadOnlyList<Guardian>> GuardiansWithPhoneAsync(PhoneNumber phone, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Guardian>>([]);

    public Task<int> CountStudentsAsync(CancellationToken cancellationToken) => Task.FromResult(_students.Count);
}
