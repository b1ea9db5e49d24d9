using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Tests.Fakes;

/// <summary>The absences in memory: one a student a session, a new one replacing the old.</summary>
public sealed class FakeAttendanceBook : IAttendanceBook
{
    private readonly Dictionary<string, Absence> _absences = [];

    public FakeAttendanceBook(params IEnumerable<Absence> absences) => Store(absences);

    public void Store(IEnumerable<Absence> absences)
    {
        ArgumentNullException.ThrowIfNull(absences);
        foreach (var absence in absences) _absences[absence.Key] = absence;
    }

    public void Remove(IEnumerable<Absence> absences)
    {
        ArgumentNullException.ThrowIfNull(absences);
        foreach (var absence in absences) _absences.Remove(absence.Key);
    }

    public Task<IReadOnlyList<Absence>> AbsencesOfAsync(StudentCode student, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Absence>>(AbsencesOf(student));

    public Task<ILookup<StudentCode, Absence>> AbsencesOfAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken) =>
        Task.FromResult(students.Distinct().SelectMany(AbsencesOf).ToLookup(a => a.Student));

    public List<Absence> AbsencesOf(StudentCode student) =>
        _absences.Values.Where(a => a.Student == student).OrderBy(a => a.Date).ThenBy(a => a.Session).ToList();
}
