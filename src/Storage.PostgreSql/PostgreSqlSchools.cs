using SoLienLac.Domain.Schools;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>A row a school, by its code.</summary>
internal sealed class PostgreSqlSchools(PostgreSqlDatabase db) : ISchools
{
    public async Task<bool> AddAsync(School school, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(school);
        await using var command = Settings(await db.CommandAsync(
            $"INSERT INTO schools ({Columns}) VALUES (@code, @name, @added_at, @term_two, @closed, @phone, @authority) ON CONFLICT (code) DO NOTHING",
            cancellationToken).ConfigureAwait(false), school).WithTime("added_at", school.AddedAt);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<IReadOnlyList<School>> AllAsync(CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync($"SELECT {Columns} FROM schools ORDER BY code", cancellationToken).ConfigureAwait(false);
        return await command.ReadAllAsync(r => new School(r.GetString(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2))
        {
            TermTwoStartsOn = r.IsDBNull(3) ? null : r.GetFieldValue<DateOnly>(3),
            ClosedTerms = School.ParseClosedTerms(r.NullableString(4)),
            Phone = r.NullableString(5),
            Authority = r.NullableString(6),
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> UpdateAsync(School school, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(school);
        await using var command = Settings(await db.CommandAsync(
            """
            UPDATE schools SET name = @name, term_two_starts_on = @term_two, closed_terms = @closed, phone = @phone, authority = @authority
            WHERE code = @code
            """, cancellationToken).ConfigureAwait(false), school);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private const string Columns = "code, name, added_at, term_two_starts_on, closed_terms, phone, authority";

    private static Npgsql.NpgsqlCommand Settings(Npgsql.NpgsqlCommand command, School school) =>
        command.With("code", school.Code).With("name", school.Name).With("term_two", school.TermTwoStartsOn)
            .With("closed", school.ClosedTermsText).With("phone", school.Phone).With("authority", school.Authority);
}
