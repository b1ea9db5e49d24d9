using SoLienLac.Domain.Operations;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>
/// Many processes serve one database: each beats every few seconds, and the leases of one whose
/// beat is older than the caller allows go back to the queue (a process killed mid fan-out).
/// </summary>
internal sealed class PostgreSqlInstances(PostgreSqlDatabase db) : IInstances
{
    public bool OneProcessAtATime => false;

    public async Task BeatAsync(string name, DateTimeOffset startedAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        await using var command = (await db.CommandAsync(
            """
            INSERT INTO instances (name, started_at, last_beat) VALUES (@name, @started, @now)
            ON CONFLICT (name) DO UPDATE SET started_at = excluded.started_at, last_beat = excluded.last_beat
            """, cancellationToken).ConfigureAwait(false))
            .With("name", name).WithTime("started", startedAt).WithTime("now", now);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One statement: the stale instances are deleted, and every lease whose holder is no longer on
    /// record (those just deleted, or one never recorded) is given back.
    /// </summary>
    public async Task<int> ReclaimAsync(string self, DateTimeOffset beatBefore, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            """
            WITH gone AS (DELETE FROM instances WHERE name <> @self AND last_beat < @before RETURNING name)
            UPDATE outbox SET lease_until = NULL, leased_by = NULL
            WHERE leased_by IS NOT NULL AND leased_by <> @self
              AND (leased_by IN (SELECT name FROM gone) OR leased_by NOT IN (SELECT name FROM instances))
            """, cancellationToken).ConfigureAwait(false))
            .With("self", self).WithTime("before", beatBefore);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task LeaveAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var free = new Npgsql.NpgsqlCommand("UPDATE outbox SET lease_until = NULL, leased_by = NULL WHERE leased_by = @name", connection, transaction))
        {
            free.With("name", name);
            await free.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await using (var forget = new Npgsql.NpgsqlCommand("DELETE FROM instances WHERE name = @name", connection, transaction))
        {
            forget.With("name", name);
            await forget.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<InstanceStatus>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(
            """
            SELECT i.name, i.started_at, i.last_beat,
                   (SELECT count(*)::int FROM outbox o WHERE o.leased_by = i.name)
            FROM instances i ORDER BY i.started_at DESC
            """, cancellationToken).ConfigureAwait(false);
        var instances = new List<InstanceStatus>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            instances.Add(new InstanceStatus(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetInt32(3)));
        return instances;
    }
}
