using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>The access log as rows keyed by person, student, kind and hour, added in one statement a batch.</summary>
internal sealed class PostgreSqlAccessLog(PostgreSqlDatabase db) : IAccessLog
{
    public async Task RecordAsync(IReadOnlyCollection<AccessEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0) return;
        await using var command = (await db.CommandAsync(
            """
            INSERT INTO access_log (student, who, name, role, channel, what, hour)
            SELECT * FROM unnest(@student, @who, @name, @role, @channel, @what, @hour)
            ON CONFLICT DO NOTHING
            """, cancellationToken).ConfigureAwait(false))
            .With("student", entries.Select(e => e.Student.Value).ToArray()).With("who", entries.Select(e => e.Who).ToArray())
            .With("name", entries.Select(e => e.Name).ToArray()).With("role", entries.Select(e => e.Role.ToString()).ToArray())
            .With("channel", entries.Select(e => e.Channel).ToArray()).With("what", entries.Select(e => e.What).ToArray())
            .With("hour", entries.Select(e => e.Hour.ToUniversalTime()).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AccessEntry>> OfStudentAsync(StudentCode student, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            """
            SELECT student, who, name, role, channel, what, hour FROM access_log
            WHERE student = @student AND hour >= @since ORDER BY hour DESC, who, what
            """, cancellationToken).ConfigureAwait(false))
            .With("student", student.Value).WithTime("since", AccessEntry.HourOf(since));
        return await command.ReadAllAsync(r =>
        {
            var role = r.GetString(3);
            if (!Enum.TryParse<AccessRole>(role, out var parsed)) throw Rows.Damaged("access_log", "role", role);
            return new AccessEntry(StudentCode.Parse(r.GetString(0)), r.GetString(1), r.GetString(2), parsed, r.GetString(4), r.GetString(5),
                r.GetFieldValue<DateTimeOffset>(6));
        }, cancellationToken).ConfigureAwait(false);
    }
}
