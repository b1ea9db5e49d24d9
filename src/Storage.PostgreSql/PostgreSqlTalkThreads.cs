using System.Data.Common;
using Npgsql;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>
/// A row a message, read through the thread and received indexes; a message and the outbox
/// messages carrying it in one transaction. A mute a thread, office hours a teacher.
/// </summary>
internal sealed class PostgreSqlTalkThreads(PostgreSqlDatabase db) : ITalkThreads
{
    private const string Columns = "id, student, teacher, from_parent, chat, text, at, deliver_at, reported_at";

    /// <summary>The newest of a thread through talk_messages_thread, turned round: oldest first.</summary>
    internal const string ThreadSql =
        $"""
        SELECT {Columns} FROM (
            SELECT {Columns} FROM talk_messages WHERE student = @student AND teacher = @teacher
            ORDER BY at DESC, id DESC LIMIT @max) AS newest
        ORDER BY at, id
        """;

    /// <summary>The newest message of each of a teacher's threads, through talk_messages_thread.</summary>
    internal const string LatestOfTeacherSql =
        $"""
        SELECT {Columns} FROM (
            SELECT DISTINCT ON (student) {Columns} FROM talk_messages WHERE teacher = @teacher
            ORDER BY student, at DESC, id DESC) AS latest
        ORDER BY at DESC, id DESC LIMIT @max
        """;

    /// <summary>The newest message of each of a child's threads, through talk_messages_student.</summary>
    internal const string LatestOfStudentSql =
        $"""
        SELECT {Columns} FROM (
            SELECT DISTINCT ON (teacher) {Columns} FROM talk_messages WHERE student = @student
            ORDER BY teacher, at DESC, id DESC) AS latest
        ORDER BY at DESC, id DESC LIMIT @max
        """;

    /// <summary>The newest message of each of the school's threads, in talk_messages_thread's order.</summary>
    internal const string LatestSql =
        $"""
        SELECT {Columns} FROM (
            SELECT DISTINCT ON (teacher, student) {Columns} FROM talk_messages
            ORDER BY teacher, student, at DESC, id DESC) AS latest
        ORDER BY at DESC, id DESC LIMIT @max
        """;

    /// <summary>Through talk_messages_received, the parents' messages only.</summary>
    internal const string LastReceivedSql =
        $"SELECT {Columns} FROM talk_messages WHERE teacher = @teacher AND from_parent ORDER BY at DESC, id DESC LIMIT 1";

    /// <summary>A message sent again (a retried update) is kept once; its outbox messages, each unless its id is there.</summary>
    public async Task SendAsync(TalkMessage message, IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(messages);
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var save = new NpgsqlCommand(
            $"""
            INSERT INTO talk_messages ({Columns}) VALUES (@id, @student, @teacher, @from_parent, @chat, @text, @at, @deliver_at, @reported_at)
            ON CONFLICT (id) DO NOTHING
            """, connection, transaction)
            .With("id", message.Id).With("student", message.Student.Value).With("teacher", message.Teacher).With("from_parent", message.FromParent)
            .With("chat", message.Chat).With("text", message.Text).WithTime("at", message.At).WithTime("deliver_at", message.DeliverAt)
            .With("reported_at", message.ReportedAt?.ToUniversalTime()))
            await save.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.EnqueueAsync(messages, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<TalkMessage?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync($"SELECT {Columns} FROM talk_messages WHERE id = @id", cancellationToken).ConfigureAwait(false))
            .With("id", id);
        return (await command.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<TalkMessage>> ThreadAsync(StudentCode student, string teacher, int max, CancellationToken cancellationToken)
    {
        if (max <= 0) return [];
        await using var command = (await db.CommandAsync(ThreadSql, cancellationToken).ConfigureAwait(false))
            .With("student", student.Value).With("teacher", teacher).With("max", max);
        return await command.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<TalkMessage>> LatestAsync(string? teacher, int max, CancellationToken cancellationToken)
    {
        if (max <= 0) return [];
        await using var command = (await db.CommandAsync(teacher is null ? LatestSql : LatestOfTeacherSql, cancellationToken).ConfigureAwait(false))
            .With("max", max);
        if (teacher is not null) command.With("teacher", teacher);
        return await command.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<TalkMessage>> LatestOfStudentAsync(StudentCode student, int max, CancellationToken cancellationToken)
    {
        if (max <= 0) return [];
        await using var command = (await db.CommandAsync(LatestOfStudentSql, cancellationToken).ConfigureAwait(false))
            .With("student", student.Value).With("max", max);
        return await command.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<TalkMessage>> OfChatAsync(string chat, int max, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            $"SELECT {Columns} FROM talk_messages WHERE chat = @chat ORDER BY at DESC, id DESC LIMIT @max", cancellationToken).ConfigureAwait(false))
            .With("chat", chat).With("max", Math.Max(0, max));
        return await command.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<TalkMessage?> LastReceivedAsync(string teacher, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(LastReceivedSql, cancellationToken).ConfigureAwait(false)).With("teacher", teacher);
        return (await command.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <summary>The mark and the admins' messages in one transaction; a message reported again keeps its first report.</summary>
    public async Task ReportAsync(Guid id, DateTimeOffset at, IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await transaction.EnqueueAsync(messages, cancellationToken).ConfigureAwait(false);
        await using (var mark = new NpgsqlCommand("UPDATE talk_messages SET reported_at = coalesce(reported_at, @at) WHERE id = @id", connection, transaction)
            .With("id", id).WithTime("at", at))
            await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task MuteAsync(TalkMute mute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mute);
        await using var command = (await db.CommandAsync(
            """
            INSERT INTO talk_mutes (student, teacher, until, at) VALUES (@student, @teacher, @until, @at)
            ON CONFLICT (student, teacher) DO UPDATE SET until = excluded.until, at = excluded.at
            """, cancellationToken).ConfigureAwait(false))
            .With("student", mute.Student.Value).With("teacher", mute.Teacher).WithTime("until", mute.Until).WithTime("at", mute.At);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<TalkMute?> MuteOfAsync(StudentCode student, string teacher, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            "SELECT until, at FROM talk_mutes WHERE student = @student AND teacher = @teacher", cancellationToken).ConfigureAwait(false))
            .With("student", student.Value).With("teacher", teacher);
        return (await command.ReadAllAsync(r => new TalkMute(student, teacher, r.GetFieldValue<DateTimeOffset>(0), r.GetFieldValue<DateTimeOffset>(1)),
            cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public async Task<OfficeHours?> OfficeHoursOfAsync(string teacher, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync("SELECT opens, closes FROM office_hours WHERE teacher = @teacher", cancellationToken)
            .ConfigureAwait(false)).With("teacher", teacher);
        return (await command.ReadAllAsync(r => new OfficeHours(r.GetFieldValue<TimeOnly>(0), r.GetFieldValue<TimeOnly>(1)), cancellationToken)
            .ConfigureAwait(false)).SingleOrDefault();
    }

    /// <summary>Kept to the minute, as the LiteDB store keeps them ("HH:mm").</summary>
    public async Task SaveOfficeHoursAsync(string teacher, OfficeHours hours, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hours);
        await using var command = (await db.CommandAsync(
            """
            INSERT INTO office_hours (teacher, opens, closes) VALUES (@teacher, @opens, @closes)
            ON CONFLICT (teacher) DO UPDATE SET opens = excluded.opens, closes = excluded.closes
            """, cancellationToken).ConfigureAwait(false))
            .With("teacher", teacher).With("opens", Minute(hours.From)).With("closes", Minute(hours.Until));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static TimeOnly Minute(TimeOnly time) => new(time.Hour, time.Minute);

    private static TalkMessage Read(DbDataReader r) =>
        new(r.GetGuid(0), StudentCode.Parse(r.GetString(1)), r.GetString(2), r.GetBoolean(3), r.GetString(4), r.GetString(5),
            r.GetFieldValue<DateTimeOffset>(6), r.GetFieldValue<DateTimeOffset>(7))
        {
            ReportedAt = r.NullableTime(8),
        };
}
