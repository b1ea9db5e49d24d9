using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.SchoolFiles;

/// <summary>Looks each student up once per file, however many rows name them.</summary>
internal sealed class StudentCache(IStudentDirectory students)
{
    private readonly Dictionary<StudentCode, Student?> _seen = [];

    public async Task<Student?> FindAsync(StudentCode code, CancellationToken cancellationToken)
    {
        if (!_seen.TryGetValue(code, out var student))
        {
            student = await students.FindAsync(code, cancellationToken);
            _seen[code] = student;
        }
        return student;
    }
}
