using System.Data.Common;
using SoLienLac.Domain.Privacy;

namespace SoLienLac.Storage.PostgreSql;

internal sealed class PostgreSqlErasureRequests(PostgreSqlDatabase db) : IErasureRequests
{
    private const string Columns = "id, chat, requested_at, deadline, status, done_at, done_by, records, kept_reason";

    public async Task SaveAsync(ErasureRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var command = (await db.CommandAsync(
            $"""
            INSERT INTO erasure_requests ({Columns}) VALUES (@id, @chat, @requested_at, @deadline, @status, @done_at, @done_by, @records, @kept_reason)
            ON CONFLICT (id) DO UPDATE SET chat = excluded.chat, status = excluded.status, done_at = excluded.done_at,
                done_by = excluded.done_by, records = excluded.records, kept_reason = excluded.kept_reason
            """, cancellationToken).ConfigureAwait(false))
            .With("id", request.Id).With("chat", request.Chat).WithTime("requested_at", request.RequestedAt).WithTime("deadline", request.Deadline)
            .With("status", request.Status.ToString()).With("done_at", request.DoneAt?.ToUniversalTime()).With("done_by", request.DoneBy)
            .With("records", request.Records).With("kept_reason", request.KeptReason);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ErasureRequest?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync($"SELECT {Columns} FROM erasure_requests WHERE id = @id", cancellationToken).ConfigureAwait(false))
            .With("id", id);
        return (await command.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<ErasureRequest>> AllAsync(CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync($"SELECT {Columns} FROM erasure_requests ORDER BY requested_at DESC, id", cancellationToken).ConfigureAwait(false);
        return await command.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    private static ErasureRequest Read(DbDataReader r)
    {
        var status = r.GetString(4);
        if (!Enum.TryParse<ErasureStatus>(status, out var parsed)) throw Rows.Damaged("erasure_requests", "status", status);
        return new ErasureRequest(r.GetGuid(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2), r.GetFieldValue<DateTimeOffset>(3))
        {
            Status = parsed,
            DoneAt = r.NullableTime(5),
            DoneBy = r.IsDBNull(6) ? null : r.GetString(6),
            Records = r.GetInt32(7),
            KeptReason = r.NullableString(8),
        };
    }
}
