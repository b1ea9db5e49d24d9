using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.PostgreSql;

internal sealed class PostgreSqlStudentDirectory(PostgreSqlDatabase db) : IStudentDirectory
{
    public Task<Student?> FindAsync(StudentCode code, CancellationToken cancellationToken) =>
        db.CachedAsync(ReadSubject.Student(code.Value), CachedRead.Student, ct => ReadAsync(code, ct), cancellationToken);

    private async Task<Student?> ReadAsync(StudentCode code, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync($"SELECT {RecordRows.StudentColumns} FROM students WHERE code = @code", cancellationToken).ConfigureAwait(false))
            .With("code", code.Value);
        return (await command.ReadAllAsync(RecordRows.Student, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <summary>Codes are upper-case ASCII: the "C" collation's order is the ordinal order LiteDB sorts by.</summary>
    public async Task<IReadOnlyList<Student>> InClassAsync(ClassName className, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            $"SELECT {RecordRows.StudentColumns} FROM students WHERE class = @class ORDER BY code", cancellationToken).ConfigureAwait(false))
            .With("class", className.Key);
        return await command.ReadAllAsync(RecordRows.Student, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>By grade, then by name: "6A" before "10A1", which text order would not give.</summary>
    public async Task<IReadOnlyList<ClassName>> ClassesAsync(CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync("SELECT DISTINCT class FROM students", cancellationToken).ConfigureAwait(false);
        var classes = await command.ReadAllAsync(r => ClassName.Parse(r.GetString(0)), cancellationToken).ConfigureAwait(false);
        return [.. classes.OrderBy(c => c.School, StringComparer.Ordinal).ThenBy(c => c.Grade).ThenBy(c => c.Value, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<Guardian>> GuardiansOfAsync(StudentCode student, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            $"SELECT {RecordRows.GuardianColumns} FROM guardians WHERE student = @student ORDER BY position", cancellationToken).ConfigureAwait(false))
            .With("student", student.Value);
        return await command.ReadAllAsync(RecordRows.Guardian, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>By student, then in each student's order (the port promises none; LiteDB gives its index's).</summary>
    public async Task<IReadOnlyList<Guardian>> GuardiansWithPhoneAsync(PhoneNumber phone, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            $"SELECT {RecordRows.GuardianColumns} FROM guardians WHERE phone = @phone ORDER BY student, position", cancellationToken).ConfigureAwait(false))
            .With("phone", phone.National);
        return await command.ReadAllAsync(RecordRows.Guardian, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> CountStudentsAsync(CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync("SELECT count(*)::int FROM students", cancellationToken).ConfigureAwait(false);
        return (int)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}
