using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbChatLinks(SchoolDatabase db) : IChatLinks
{
    private ILiteCollection<BsonDocument> Parents => db.Collection(Collections.ParentLinks);

    private ILiteCollection<BsonDocument> Staff => db.Collection(Collections.StaffLinks);

    public IReadOnlyList<ParentLink> ChildrenOf(ChatAddress chat) => db.Read(() =>
        Parents.Find(Where.Is("chat", chat.Key)).Where(d => d["active"].AsBoolean).Select(LinkDocuments.ToParentLink)
            .OrderBy(l => l.LinkedAt).ToList());

    public IReadOnlyList<ParentLink> ParentsOf(StudentCode student) => ParentsOf([student])[student].ToList();

    public ILookup<StudentCode, ParentLink> ParentsOf(IReadOnlyCollection<StudentCode> students) => db.Read(() =>
        Parents.Find(Where.In("student", students.Select(s => new BsonValue(s.Value)))).Where(d => d["active"].AsBoolean)
            .Select(LinkDocuments.ToParentLink).ToLookup(l => l.Student));

    public StaffLink? StaffOf(ChatAddress chat) => db.Read(() =>
        Staff.FindById(chat.Key) is { } d && LinkDocuments.ToStaffLink(d) is { IsActive: true } link ? link : null);

    public IReadOnlyList<StaffLink> ChatsOfTeacher(string teacherCode) => StaffHistoryOf(teacherCode).Where(l => l.IsActive).ToList();

    public IReadOnlyList<ParentLink> HistoryOf(StudentCode student) => db.Read(() =>
        Parents.Find(Where.Is("student", student.Value)).Select(LinkDocuments.ToParentLink).OrderBy(l => l.LinkedAt).ToList());

    public IReadOnlyList<StaffLink> StaffHistoryOf(string teacherCode) => db.Read(() =>
        Staff.Find(Where.Is("teacher", teacherCode)).Select(LinkDocuments.ToStaffLink).OrderBy(l => l.LinkedAt).ToList());

    public void Save(ParentLink link) => db.Write(() => Parents.Upsert(LinkDocuments.From(link)));

    public void Save(StaffLink link) => db.Write(() => Staff.Upsert(LinkDocuments.From(link)));
}
