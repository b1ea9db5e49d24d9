using SoLienLac.Domain.Delivery;
using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbNoticeBoard(SchoolDatabase db) : INoticeBoard
{
    private ILiteCollection<BsonDocument> Notices => db.Collection(Collections.Notices);

    private ILiteCollection<BsonDocument> Acks => db.Collection(Collections.Acknowledgements);

    public Task<IReadOnlyList<Notice>> PublishedForAsync(ClassName className, DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Notice>>(db.Read(() =>
        Notices.Find(Where.Matches("(class = @0 OR class = @1)", className.Key, BsonValue.Null))
            .Select(NoticeDocuments.ToNotice).Where(n => n.IsPublished(now) && n.ConcernsClass(className))
            .OrderByDescending(n => n.PublishAt).Take(max).ToList()));

    public Task<Notice?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult<Notice?>(db.Read(() => Notices.FindById(id) is { } d ? NoticeDocuments.ToNotice(d) : null));

    public Task SaveAsync(Notice notice, CancellationToken cancellationToken)
    {
        db.Write(() =>
    {
        var document = NoticeDocuments.From(notice);
        if (Notices.FindById(notice.Id) is { } existing) document["delivered_at"] = existing["delivered_at"];
        Notices.Upsert(document);
    });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Notice>> DueUndeliveredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Notice>>(db.Read(() =>
        Notices.Find(Where.Is("delivered_at", BsonValue.Null)).Select(NoticeDocuments.ToNotice).Where(n => n.IsPublished(now))
            .OrderBy(n => n.PublishAt).ToList()));

    /// <summary>The messages and the mark in one write: a notice is sent whole or not at all.</summary>
    public Task DeliverAsync(Guid noticeId, DateTimeOffset at, IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        db.Write(() =>
        {
            LiteDbOutbox.Add(db.Collection(Collections.Outbox), messages);
            if (Notices.FindById(noticeId) is not { } d) return;
            d["delivered_at"] = at.UtcDateTime;
            Notices.Update(d);
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Notice>> LatestAsync(ClassName? className, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Notice>>(db.Read(() =>
        (className is { } c ? Notices.Find(Where.Is("class", c.Key)) : Notices.FindAll()).Select(NoticeDocuments.ToNotice)
            .OrderByDescending(n => n.CreatedAt).Take(max).ToList()));

    public Task<IReadOnlyList<Acknowledgement>> AcknowledgementsOfAsync(Guid noticeId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Acknowledgement>>(db.Read(() =>
        Acks.Find(Where.Is("notice", noticeId)).Select(NoticeDocuments.ToAcknowledgement).ToList()));

    public Task<IReadOnlySet<Guid>> AcknowledgedForAsync(StudentCode student, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<Guid>>(AcknowledgedBy([student])[student].ToHashSet());

    public Task<ILookup<StudentCode, Guid>> AcknowledgedForAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken) =>
        Task.FromResult(AcknowledgedBy(students));

    private ILookup<StudentCode, Guid> AcknowledgedBy(IReadOnlyCollection<StudentCode> students) => db.Read(() =>
        Acks.Find(Where.In("student", students.Select(s => new BsonValue(s.Value))))
            .ToLookup(d => StudentCode.Parse(d["student"].AsString), d => d["notice"].AsGuid));

    public Task AcknowledgeAsync(Acknowledgement acknowledgement, CancellationToken cancellationToken)
    {
        db.Write(() => Acks.Upsert(NoticeDocuments.From(acknowledgement)));
        return Task.CompletedTask;
    }
}
