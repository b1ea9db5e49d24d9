using Npgsql;
using SoLienLac.Domain.Delivery;
using System.Data.Common;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>
/// The school's notices (a class's, or the whole school's with no class) and the families'
/// acknowledgements. When a notice was delivered is the store's own: saving a notice again keeps it.
/// </summary>
internal sealed class PostgreSqlNoticeBoard(PostgreSqlDatabase db) : INoticeBoard
{
    private const string Columns = "id, class, text, author, created_at, publish_at, urgent, school";

    /// <summary>What the delivery job still has to send, through notices_undelivered (only the undelivered are in it).</summary>
    internal const string DueSql = $"SELECT {Columns} FROM notices WHERE delivered_at IS NULL AND publish_at <= @now ORDER BY publish_at, id";

    public async Task<IReadOnlyList<Notice>> PublishedForAsync(ClassName className, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        if (max <= 0) return [];
        await using var command = (await db.CommandAsync(
            $"""
            SELECT {Columns} FROM notices
            WHERE (class = @class OR class IS NULL AND school IS NOT DISTINCT FROM @school) AND publish_at <= @now
            ORDER BY publish_at DESC, id LIMIT @max
            """, cancellationToken).ConfigureAwait(false))
            .With("class", className.Key).With("school", className.School).WithTime("now", now).With("max", max);
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Notice?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync($"SELECT {Columns} FROM notices WHERE id = @id", cancellationToken).ConfigureAwait(false))
            .With("id", id);
        return (await ReadAllAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public async Task SaveAsync(Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await using var command = (await db.CommandAsync(
            $"""
            INSERT INTO notices ({Columns}) VALUES (@id, @class, @text, @author, @created_at, @publish_at, @urgent, @school)
            ON CONFLICT (id) DO UPDATE SET class = excluded.class, text = excluded.text, author = excluded.author,
                created_at = excluded.created_at, publish_at = excluded.publish_at, urgent = excluded.urgent, school = excluded.school
            """, cancellationToken).ConfigureAwait(false))
            .With("id", notice.Id).With("class", notice.ClassName?.Key).With("text", notice.Text).With("author", notice.AuthorCode)
            .WithTime("created_at", notice.CreatedAt).WithTime("publish_at", notice.PublishAt).With("urgent", notice.Urgent).With("school", notice.School);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Notice>> DueUndeliveredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(DueSql, cancellationToken).ConfigureAwait(false))
            .WithTime("now", now);
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The messages and the mark in one transaction: a notice is sent whole or not at all.</summary>
    public async Task DeliverAsync(Guid noticeId, DateTimeOffset at, IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await transaction.EnqueueAsync(messages, cancellationToken).ConfigureAwait(false);
        await using (var mark = new NpgsqlCommand("UPDATE notices SET delivered_at = @at WHERE id = @id", connection, transaction).With("id", noticeId).WithTime("at", at))
            await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>With a class, that class's notices only (as on LiteDB); without one, every notice.</summary>
    public async Task<IReadOnlyList<Notice>> LatestAsync(ClassName? className, int max, CancellationToken cancellationToken)
    {
        if (max <= 0) return [];
        await using var command = (await db.CommandAsync(
            $"""
            SELECT {Columns} FROM notices WHERE @class::text IS NULL OR class = @class
            ORDER BY created_at DESC, id LIMIT @max
            """, cancellationToken).ConfigureAwait(false))
            .With("class", className?.Key).With("max", max);
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Acknowledgement>> AcknowledgementsOfAsync(Guid noticeId, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            "SELECT student, chat, at FROM acknowledgements WHERE notice = @notice ORDER BY at, student, chat", cancellationToken).ConfigureAwait(false))
            .With("notice", noticeId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var acknowledgements = new List<Acknowledgement>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            acknowledgements.Add(new Acknowledgement(noticeId, StudentCode.Parse(reader.GetString(0)), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2)));
        return acknowledgements;
    }

    public Task<IReadOnlySet<Guid>> AcknowledgedForAsync(StudentCode student, CancellationToken cancellationToken) =>
        db.CachedAsync<IReadOnlySet<Guid>>(ReadSubject.Student(student.Value), CachedRead.Acknowledged,
            async ct => (await AcknowledgedForAsync([student], ct).ConfigureAwait(false))[student].ToHashSet(), cancellationToken);

    /// <summary>A notice acknowledged from two chats is in a student's group twice, as on LiteDB.</summary>
    public async Task<ILookup<StudentCode, Guid>> AcknowledgedForAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(students);
        await using var command = (await db.CommandAsync(
            "SELECT student, notice FROM acknowledgements WHERE student = ANY(@students)", cancellationToken).ConfigureAwait(false))
            .With("students", students.Select(s => s.Value).Distinct(StringComparer.Ordinal).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<(StudentCode Student, Guid Notice)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            rows.Add((StudentCode.Parse(reader.GetString(0)), reader.GetGuid(1)));
        return rows.ToLookup(r => r.Student, r => r.Notice);
    }

    public async Task AcknowledgeAsync(Acknowledgement acknowledgement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        await using var command = (await db.CommandAsync(
            """
            INSERT INTO acknowledgements (notice, student, chat, at) VALUES (@notice, @student, @chat, @at)
            ON CONFLICT (notice, student, chat) DO UPDATE SET at = excluded.at
            """, cancellationToken).ConfigureAwait(false))
            .With("notice", acknowledgement.NoticeId).With("student", acknowledgement.Student.Value)
            .With("chat", acknowledgement.Chat).WithTime("at", acknowledgement.At);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        db.Reads.Forget(ReadSubject.Student(acknowledgement.Student.Value));
    }

    private static async Task<List<Notice>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var notices = new List<Notice>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            notices.Add(new Notice(reader.GetGuid(0), reader.IsDBNull(1) ? null : ClassName.Parse(reader.GetString(1)), reader.GetString(2),
                reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4), reader.GetFieldValue<DateTimeOffset>(5), reader.GetBoolean(6))
            { School = reader.IsDBNull(7) ? null : reader.GetString(7) });
        }
        return notices;
    }
}
