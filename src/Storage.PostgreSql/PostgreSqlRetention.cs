using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>
/// Leavers' family data forgotten in one statement: data-modifying CTEs, the orphaned chats found after.
/// Their threads with the teachers count with the outbox's messages.
/// </summary>
internal sealed class PostgreSqlRetention(PostgreSqlDatabase db) : IRetention
{
    public async Task<RetentionOutcome> ForgetLeaversAsync(DateOnly leftBefore, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var forget = new Npgsql.NpgsqlCommand(
            """
            WITH gone AS (
                SELECT code FROM students WHERE left_on IS NOT NULL AND left_on < @cutoff AND status <> @studying),
            links AS (DELETE FROM parent_links WHERE student IN (SELECT code FROM gone) RETURNING chat),
            lines AS (DELETE FROM access_log WHERE student IN (SELECT code FROM gone) RETURNING 1),
            messages AS (DELETE FROM outbox WHERE for_holder IN (SELECT code FROM gone) RETURNING 1),
            talk AS (DELETE FROM talk_messages WHERE student IN (SELECT code FROM gone) RETURNING 1),
            mutes AS (DELETE FROM talk_mutes WHERE student IN (SELECT code FROM gone)),
            answers AS (DELETE FROM poll_answers WHERE student IN (SELECT code FROM gone))
            SELECT (SELECT count(*) FROM gone)::int, (SELECT count(*) FROM links)::int, (SELECT count(*) FROM lines)::int,
                   ((SELECT count(*) FROM messages) + (SELECT count(*) FROM talk))::int, ARRAY(SELECT DISTINCT chat FROM links)
            """, connection, transaction).With("cutoff", leftBefore).With("studying", StudentStatus.Studying.Code());
        int students, links, lines, messages;
        string[] chats;
        await using (var reader = await forget.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            (students, links, lines, messages) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
            chats = reader.GetFieldValue<string[]>(4);
        }
        var forgotten = 0;
        if (chats.Length > 0)
        {
            // The CTEs' deletes are seen by the next statement: chats with no link left lose the rest.
            await using var orphans = new Npgsql.NpgsqlCommand(
                """
                WITH orphan AS (
                    SELECT chat FROM unnest(@chats) AS c(chat)
                    WHERE NOT EXISTS (SELECT 1 FROM parent_links p WHERE p.chat = c.chat)
                      AND NOT EXISTS (SELECT 1 FROM staff_links s WHERE s.chat = c.chat)),
                settings AS (DELETE FROM parent_settings WHERE chat IN (SELECT chat FROM orphan)),
                states AS (DELETE FROM chats WHERE chat IN (SELECT chat FROM orphan)),
                answers AS (DELETE FROM consents WHERE chat IN (SELECT chat FROM orphan))
                SELECT count(*)::int FROM orphan
                """, connection, transaction).With("chats", chats);
            forgotten = (int)(await orphans.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.Reads.ForgetEverything();
        return new RetentionOutcome(students, links, lines, messages, forgotten);
    }
}
