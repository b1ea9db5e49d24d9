using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.SchoolFiles;

/// <summary>
/// Looks each student up once per file, however many rows name them. A file imported for one school
/// (<see cref="ImportTable.School"/>) knows only that school's students: another school's are not on its
/// roster. Students of no school (kept from before the store named its schools) are any school's.
/// </summary>
internal sealed class StudentCache(IStudentDirectory students, string? school = null)
{
    private readonly Dictionary<StudentCode, Student?> _seen = [];

    public async Task<Student?> FindAsync(StudentCode code, CancellationToken cancellationToken)
    {
        if (!_seen.TryGetValue(code, out var student))
        {
            student = await students.FindAsync(code, cancellationToken);
            if (school is not null && student?.ClassName.School is { } theirs && theirs != school) student = null;
            _seen[code] = student;
        }
        return student;
    }
}
