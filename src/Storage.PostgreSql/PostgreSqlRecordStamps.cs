using Npgsql;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>A row a student and kind of record, moved by the change sets (<see cref="RecordWrites"/>).</summary>
internal sealed class PostgreSqlRecordStamps(PostgreSqlDatabase db) : IRecordStamps
{
    public Task<IReadOnlyDictionary<RecordKind, DateTimeOffset>> OfAsync(StudentCode student, CancellationToken cancellationToken) =>
        db.CachedAsync(ReadSubject.Student(student.Value), CachedRead.Stamps, ct => ReadAsync(student, ct), cancellationToken);

    private async Task<IReadOnlyDictionary<RecordKind, DateTimeOffset>> ReadAsync(StudentCode student, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync("SELECT kind, at FROM record_stamps WHERE student = @student", cancellationToken)
            .ConfigureAwait(false)).With("student", student.Value);
        var stamps = await command.ReadAllAsync(r =>
        {
            var kind = r.GetString(0);
            if (!Enum.TryParse<RecordKind>(kind, out var parsed)) throw Rows.Damaged("record_stamps", "kind", kind);
            return (Kind: parsed, At: r.GetFieldValue<DateTimeOffset>(1));
        }, cancellationToken).ConfigureAwait(false);
        return stamps.ToDictionary(s => s.Kind, s => s.At);
    }

    /// <summary>The stamps a change set moves, in its transaction: a stamp already newer than the change stays.</summary>
    internal static NpgsqlCommand Move(IReadOnlyCollection<RecordStamp> stamps) =>
        new NpgsqlCommand(
            """
            INSERT INTO record_stamps (student, kind, at) SELECT * FROM unnest(@students, @kinds, @ats)
            ON CONFLICT (student, kind) DO UPDATE SET at = greatest(record_stamps.at, excluded.at)
            """)
            .With("students", stamps.Select(s => s.Student.Value).ToArray()).With("kinds", stamps.Select(s => s.Kind.ToString()).ToArray())
            .With("ats", stamps.Select(s => s.At.ToUniversalTime()).ToArray());
}
