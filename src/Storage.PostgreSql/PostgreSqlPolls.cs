using System.Data.Common;
using Npgsql;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Polls;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>A row a poll, its options a text array; an answer a poll and child, the latest saved over the last.</summary>
internal sealed class PostgreSqlPolls(PostgreSqlDatabase db) : IPolls
{
    private const string Columns = "id, class, question, options, created_by, created_at, closes_at, closed_at, school";

    /// <summary>The poll and the families' messages in one transaction; a poll created again is kept once, as it was.</summary>
    public async Task CreateAsync(Poll poll, IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(messages);
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var save = new NpgsqlCommand(
            $"""
            INSERT INTO polls ({Columns}) VALUES (@id, @class, @question, @options, @created_by, @created_at, @closes_at, @closed_at, @school)
            ON CONFLICT (id) DO NOTHING
            """, connection, transaction)
            .With("id", poll.Id).With("class", poll.ClassName?.Key).With("question", poll.Question).With("options", poll.Options.ToArray())
            .With("created_by", poll.CreatedBy).WithTime("created_at", poll.CreatedAt).With("closes_at", poll.ClosesAt?.ToUniversalTime())
            .With("closed_at", poll.ClosedAt?.ToUniversalTime()).With("school", poll.School))
            await save.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.EnqueueAsync(messages, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Poll?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync($"SELECT {Columns} FROM polls WHERE id = @id", cancellationToken).ConfigureAwait(false))
            .With("id", id);
        return (await command.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <summary>Every poll read: a school makes a few a week, and an id's hex digits are no column to index.</summary>
    public async Task<IReadOnlyList<Poll>> FindByPrefixAsync(string hex, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hex);
        await using var command = (await db.CommandAsync(
            $"SELECT {Columns} FROM polls WHERE replace(id::text, '-', '') LIKE lower(@prefix) ORDER BY created_at DESC, id LIMIT 2",
            cancellationToken).ConfigureAwait(false))
            .WithPrefix("prefix", hex);
        return await command.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>With a class, its polls and the school's (class null); without, every poll.</summary>
    public async Task<IReadOnlyList<Poll>> LatestAsync(ClassName? className, int max, CancellationToken cancellationToken)
    {
        if (max <= 0) return [];
        await using var command = (await db.CommandAsync(
            $"""
            SELECT {Columns} FROM polls
            WHERE @class::text IS NULL OR class = @class OR class IS NULL AND school IS NOT DISTINCT FROM @school
            ORDER BY created_at DESC, id LIMIT @max
            """, cancellationToken).ConfigureAwait(false))
            .With("class", className?.Key).With("school", className?.School).With("max", max);
        return await command.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A poll closed again keeps the time it was first closed.</summary>
    public async Task CloseAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            "UPDATE polls SET closed_at = coalesce(closed_at, @at) WHERE id = @id", cancellationToken).ConfigureAwait(false))
            .With("id", id).WithTime("at", at);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task AnswerAsync(PollAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await using var command = (await db.CommandAsync(
            """
            INSERT INTO poll_answers (poll, student, option, chat, at) VALUES (@poll, @student, @option, @chat, @at)
            ON CONFLICT (poll, student) DO UPDATE SET option = excluded.option, chat = excluded.chat, at = excluded.at
            """, cancellationToken).ConfigureAwait(false))
            .With("poll", answer.Poll).With("student", answer.Student.Value).With("option", answer.Option).With("chat", answer.Chat)
            .WithTime("at", answer.At);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PollAnswer>> AnswersAsync(Guid poll, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            "SELECT student, option, chat, at FROM poll_answers WHERE poll = @poll", cancellationToken).ConfigureAwait(false))
            .With("poll", poll);
        return await command.ReadAllAsync(r => new PollAnswer(poll, StudentCode.Parse(r.GetString(0)), r.GetInt32(1), r.GetString(2),
            r.GetFieldValue<DateTimeOffset>(3)), cancellationToken).ConfigureAwait(false);
    }

    private static Poll Read(DbDataReader r) =>
        new(r.GetGuid(0), r.IsDBNull(1) ? null : ClassName.Parse(r.GetString(1)), r.GetString(2), r.GetFieldValue<string[]>(3), r.GetString(4),
            r.GetFieldValue<DateTimeOffset>(5), r.NullableTime(6))
        {
            ClosedAt = r.NullableTime(7),
            School = r.IsDBNull(8) ? null : r.GetString(8),
        };
}
