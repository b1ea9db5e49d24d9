using System.Data.Common;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>A teacher is a row of <c>teachers</c> and their assignments, read together in one join.</summary>
internal sealed class PostgreSqlTeacherDirectory(PostgreSqlDatabase db) : ITeacherDirectory
{
    private const string Select =
        """
        SELECT t.code, t.full_name, t.phone, t.has_left, a.role, a.class, a.subject, a.school
        FROM teachers AS t LEFT JOIN teacher_assignments AS a ON a.teacher = t.code
        """;

    public Task<Teacher?> FindAsync(string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var key = code.Trim().ToUpperInvariant();
        return db.CachedAsync(ReadSubject.Teacher(key), CachedRead.Teacher, ct => ReadAsync(key, ct), cancellationToken);
    }

    private async Task<Teacher?> ReadAsync(string code, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync($"{Select} WHERE t.code = @code ORDER BY a.position", cancellationToken).ConfigureAwait(false))
            .With("code", code);
        return (await ReadAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <summary>
    /// The working teacher with that phone: one who left is never recognised by it. Should two working
    /// teachers share a phone (a mistake in the school's file), the first by code.
    /// </summary>
    public async Task<Teacher?> FindByPhoneAsync(PhoneNumber phone, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            $"""
            {Select}
            WHERE t.code = (SELECT code FROM teachers WHERE phone = @phone AND NOT has_left ORDER BY code LIMIT 1)
            ORDER BY a.position
            """, cancellationToken).ConfigureAwait(false))
            .With("phone", phone.National);
        return (await ReadAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<Teacher>> AllAsync(CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync($"{Select} ORDER BY t.code, a.position", cancellationToken).ConfigureAwait(false);
        return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The join's rows come a teacher at a time (ordered by code), one row an assignment or one with none.</summary>
    private static async Task<List<Teacher>> ReadAsync(Npgsql.NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = await command.ReadAllAsync(r => (Code: r.GetString(0), Name: r.GetString(1), Phone: r.NullableString(2), Left: r.GetBoolean(3),
            Assignment: r.IsDBNull(4) ? null : Assignment(r)), cancellationToken).ConfigureAwait(false);
        return [.. rows.GroupBy(r => r.Code, StringComparer.Ordinal).Select(g =>
        {
            var first = g.First();
            return Teacher.Create(first.Code, first.Name, first.Phone is null ? null : PhoneNumber.Parse(first.Phone),
                g.Where(r => r.Assignment is not null).Select(r => r.Assignment!), first.Left);
        })];
    }

    private static Assignment Assignment(DbDataReader r)
    {
        var stored = r.GetString(4);
        if (!TeacherRoles.TryParse(stored, out var role)) throw Rows.Damaged("teacher_assignments", "role", stored);
        return role switch
        {
            TeacherRole.Admin => Domain.Teachers.Assignment.Admin(r.NullableString(7)),
            TeacherRole.Homeroom => Domain.Teachers.Assignment.Homeroom(ClassName.Parse(r.GetString(5))),
            _ => Domain.Teachers.Assignment.Teaching(SubjectCatalog.Get(r.GetString(6)), ClassName.Parse(r.GetString(5))),
        };
    }
}
