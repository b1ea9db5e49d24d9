using System.Data.Common;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>Parents' leave requests, a row each, its sessions as two arrays (dates, "sang"/"chieu"); read oldest first.</summary>
internal sealed class PostgreSqlLeaveRequests(PostgreSqlDatabase db) : ILeaveRequests
{
    private const string Columns = "id, student, chat, dates, sessions, reason, created_at, status, decided_by, decided_at";

    public async Task<LeaveRequest?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync($"SELECT {Columns} FROM leave_requests WHERE id = @id", cancellationToken).ConfigureAwait(false))
            .With("id", id);
        return (await ReadAllAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<LeaveRequest>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(
            $"SELECT {Columns} FROM leave_requests WHERE status = 'Pending' ORDER BY created_at", cancellationToken).ConfigureAwait(false);
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<LeaveRequest>> OfStudentAsync(StudentCode student, CancellationToken cancellationToken) =>
        db.CachedAsync<IReadOnlyList<LeaveRequest>>(ReadSubject.Student(student.Value), CachedRead.Leaves,
            async ct => [.. (await OfStudentsAsync([student], ct).ConfigureAwait(false))[student]], cancellationToken);

    public async Task<ILookup<StudentCode, LeaveRequest>> OfStudentsAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(students);
        await using var command = (await db.CommandAsync(
            $"SELECT {Columns} FROM leave_requests WHERE student = ANY(@students) ORDER BY created_at", cancellationToken).ConfigureAwait(false))
            .With("students", students.Select(s => s.Value).Distinct(StringComparer.Ordinal).ToArray());
        return (await ReadAllAsync(command, cancellationToken).ConfigureAwait(false)).ToLookup(r => r.Student);
    }

    public async Task SaveAsync(LeaveRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var command = (await db.CommandAsync(
            $"""
            INSERT INTO leave_requests ({Columns})
            VALUES (@id, @student, @chat, @dates, @sessions, @reason, @created_at, @status, @decided_by, @decided_at)
            ON CONFLICT (id) DO UPDATE SET student = excluded.student, chat = excluded.chat, dates = excluded.dates,
                sessions = excluded.sessions, reason = excluded.reason, created_at = excluded.created_at, status = excluded.status,
                decided_by = excluded.decided_by, decided_at = excluded.decided_at
            """, cancellationToken).ConfigureAwait(false))
            .With("id", request.Id).With("student", request.Student.Value).With("chat", request.ParentChat)
            .With("dates", request.Sessions.Select(s => s.Date).ToArray())
            .With("sessions", request.Sessions.Select(s => s.Session.Code()).ToArray())
            .With("reason", request.Reason).WithTime("created_at", request.CreatedAt).With("status", request.Status.ToString())
            .With("decided_by", request.DecidedBy).With("decided_at", request.DecidedAt?.ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        db.Reads.Forget(ReadSubject.Student(request.Student.Value));
    }

    private static async Task<List<LeaveRequest>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var requests = new List<LeaveRequest>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            requests.Add(Read(reader));
        return requests;
    }

    private static LeaveRequest Read(DbDataReader r)
    {
        var dates = r.GetFieldValue<DateOnly[]>(3);
        var sessions = r.GetFieldValue<string[]>(4);
        return new LeaveRequest(r.GetGuid(0), StudentCode.Parse(r.GetString(1)), r.GetString(2),
            [.. dates.Zip(sessions, (date, session) => new LeaveSession(date, DaySessions.Parse(session)))],
            r.GetString(5), r.GetFieldValue<DateTimeOffset>(6))
        {
            Status = Enum.Parse<LeaveStatus>(r.GetString(7)),
            DecidedBy = r.IsDBNull(8) ? null : r.GetString(8),
            DecidedAt = r.IsDBNull(9) ? null : r.GetFieldValue<DateTimeOffset>(9),
        };
    }
}
