using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbLeaveRequests(SchoolDatabase db) : ILeaveRequests
{
    private ILiteCollection<BsonDocument> Requests => db.Collection(Collections.LeaveRequests);

    public LeaveRequest? Find(Guid id) => db.Read(() => Requests.FindById(id) is { } d ? To(d) : null);

    public IReadOnlyList<LeaveRequest> Pending() => db.Read(() =>
        Requests.Find(Where.Is("status", LeaveStatus.Pending.ToString())).Select(To).OrderBy(r => r.CreatedAt).ToList());

    public IReadOnlyList<LeaveRequest> OfStudent(StudentCode student) => OfStudents([student])[student].ToList();

    public ILookup<StudentCode, LeaveRequest> OfStudents(IReadOnlyCollection<StudentCode> students) => db.Read(() =>
        Requests.Find(Where.In("student", students.Select(s => new BsonValue(s.Value)))).Select(To).OrderBy(r => r.CreatedAt).ToLookup(r => r.Student));

    public void Save(LeaveRequest request)
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
