using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbLeaveRequests(SchoolDatabase db) : ILeaveRequests
{
    private ILiteCollection<BsonDocument> Requests => db.Collection(Collections.LeaveRequests);

    public Task<LeaveRequest?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult<LeaveRequest?>(db.Read(() => Requests.FindById(id) is { } d ? To(d) : null));

    public Task<IReadOnlyList<LeaveRequest>> PendingAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LeaveRequest>>(db.Read(() =>
        Requests.Find(Where.Is("status", LeaveStatus.Pending.ToString())).Select(To).OrderBy(r => r.CreatedAt).ToList()));

    public Task<IReadOnlyList<LeaveRequest>> OfStudentAsync(StudentCode student, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LeaveRequest>>(Of([student])[student].ToList());

    public Task<ILookup<StudentCode, LeaveRequest>> OfStudentsAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken) =>
        Task.FromResult(Of(students));

    private ILookup<StudentCode, LeaveRequest> Of(IReadOnlyCollection<StudentCode> students) => db.Read(() =>
        Requests.Find(Where.In("student", students.Select(s => new BsonValue(s.Value)))).Select(To).OrderBy(r => r.CreatedAt).ToLookup(r => r.Student));

    public Task SaveAsync(LeaveRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = new BsonDocument
        {
            ["_id"] = request.Id,
            ["student"] = request.Student.Value,
            ["chat"] = request.ParentChat,
            ["sessions"] = new BsonArray(request.Sessions.Select(s => new BsonDocument { ["date"] = Schema.Date(s.Date), ["session"] = s.Session.Code() })),
            ["reason"] = request.Reason,
            ["created_at"] = request.CreatedAt.UtcDateTime,
            ["status"] = request.Status.ToString(),
            ["decided_by"] = request.DecidedBy is null ? BsonValue.Null : request.DecidedBy,
            ["decided_at"] = request.DecidedAt is { } at ? at.UtcDateTime : BsonValue.Null,
        };
        db.Write(() => Requests.Upsert(document));
        return Task.CompletedTask;
    }

    private static LeaveRequest To(BsonDocument d) =>
        new(d["_id"].AsGuid, StudentCode.Parse(d["student"].AsString), d["chat"].AsString,
            d["sessions"].AsArray.Select(s => new LeaveSession(Schema.Date(s["date"]), DaySessions.Parse(s["session"].AsString))).ToList(),
            d["reason"].AsString, LinkDocuments.Utc(d["created_at"]))
        {
            Status = Enum.Parse<LeaveStatus>(d["status"].AsString),
            DecidedBy = d["decided_by"].IsNull ? null : d["decided_by"].AsString,
            DecidedAt = d["decided_at"].IsNull ? null : LinkDocuments.Utc(d["decided_at"]),
        };
}
