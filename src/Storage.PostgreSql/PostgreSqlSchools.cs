using SoLienLac.Domain.Schools;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>A row a school, by its code.</summary>
internal sealed class PostgreSqlSchools(PostgreSqlDatabase db) : ISchools
{
    public async Task<bool> AddAsync(School school, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(school);
        await using var command = (await db.CommandAsync(
            "INSERT INTO schools (code, name, added_at) VALUES (@code, @name, @added_at) ON CONFLICT (code) DO NOTHING", cancellationToken).ConfigureAwait(false))
            .With("code", school.Code).With("name", school.Name).WithTime("added_at", school.AddedAt);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<IReadOnlyList<School>> AllAsync(CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync("SELECT code, name, added_at FROM schools ORDER BY code", cancellationToken).ConfigureAwait(false);
        return await command.ReadAllAsync(r => new School(r.GetString(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2)), cancellationToken).ConfigureAwait(false);
    }
}
