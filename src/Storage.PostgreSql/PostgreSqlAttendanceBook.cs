using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.PostgreSql;

internal sealed class PostgreSqlAttendanceBook(PostgreSqlDatabase db) : IAttendanceBook
{
    public Task<IReadOnlyList<Absence>> AbsencesOfAsync(StudentCode student, CancellationToken cancellationToken) =>
        db.CachedAsync<IReadOnlyList<Absence>>(ReadSubject.Student(student.Value), CachedRead.Absences,
            async ct => (await AbsencesOfAsync([student], ct).ConfigureAwait(false))[student].ToList(), cancellationToken);

    /// <summary>Oldest first, the morning before the afternoon (session is text: 'chieu' would sort first).</summary>
    public async Task<ILookup<StudentCode, Absence>> AbsencesOfAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(students);
        await using var command = (await db.CommandAsync(
            $"SELECT {RecordRows.AbsenceColumns} FROM absences WHERE student = ANY(@students) ORDER BY student, day, session = 'chieu'",
            cancellationToken).ConfigureAwait(false))
            .With("students", PostgreSqlGradeBook.Codes(students));
        return (await command.ReadAllAsync(RecordRows.Absence, cancellationToken).ConfigureAwait(false)).ToLookup(a => a.Student);
    }
}
