using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbNoticeBoard(SchoolDatabase db) : INoticeBoard
{
    private ILiteCollection<BsonDocument> Notices => db.Collection(Collections.Notices);

    private ILiteCollection<BsonDocument> Acks => db.Collection(Collections.Acknowledgements);

    public IReadOnlyList<Notice> PublishedFor(ClassName className, DateTimeOffset now, int max) => db.Read(() =>
        Notices.Find(Where.Matches("(class = @0 OR class = @1)", className.Value, BsonValue.Null))
            .Select(NoticeDocuments.ToNotice).Where(n => n.IsPublished(now))
            .OrderByDescending(n => n.PublishAt).Take(max).ToList());

    public Notice? Find(Guid id) => db.Read(() => Notices.FindById(id) is { } d ? NoticeDocuments.ToNotice(d) : null);

    public void Save(Notice notice) => db.Write(() =>
    {
        var document = NoticeDocuments.From(notice);
        if (Notices.FindById(notice.Id) is { } existing) document["delivered_at"] = existing["delivered_at"];
        Notices.Upsert(document);
    });

    public IReadOnlyList<Notice> DueUndelivered(DateTimeOffset now) => db.Read(() =>
        Notices.Find(Where.Is("delivered_at", BsonValue.Null)).Select(NoticeDocuments.ToNotice).Where(n => n.IsPublished(now))
            .OrderBy(n => n.PublishAt).ToList());

    public void MarkDelivered(Guid noticeId, DateTimeOffset at) => db.Write(() =>
    {
        if (Notices.FindById(noticeId) is not { } d) return;
        d["delivered_at"] = at.UtcDateTime;
        Notices.Update(d);
    });

    public IReadOnlyList<Notice> Latest(ClassName? className, int max) => db.Read(() =>
        (className is { } c ? Notices.Find(Where.Is("class", c.Value)) : Notices.FindAll()).Select(NoticeDocuments.ToNotice)
            .OrderByDescending(n => n.CreatedAt).Take(max).ToList());

    public IReadOnlyList<Acknowledgement> AcknowledgementsOf(Guid noticeId) => db.Read(() =>
        Acks.Find(Where.Is("notice", noticeId)).Select(NoticeDocuments.ToAcknowledgement).ToList());

    public IReadOnlySet<Guid> AcknowledgedFor(StudentCode student) => AcknowledgedFor([student])[student].ToHashSet();

    public ILookup<StudentCode, Guid> AcknowledgedFor(IReadOnlyCollection<StudentCode> students) => db.Read(() =>
        Acks.Find(Where.In("student", students.Select(s => new BsonValue(s.Value))))
            .ToLookup(d => StudentCode.Parse(d["student"].AsString), d => d["notice"].AsGuid));

    public void Acknowledge(Acknowledgement acknowledgement) =>
        db.Write(() => Acks.Upsert(NoticeDocuments.From(acknowledgement)));
}
