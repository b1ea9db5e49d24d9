using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbChatLinks(SchoolDatabase db) : IChatLinks
{
    private ILiteCollection<BsonDocument> Parents => db.Collection(Collections.ParentLinks);

    private ILiteCollection<BsonDocument> Staff => db.Collection(Collections.StaffLinks);

    public Task<IReadOnlyList<ParentLink>> ChildrenOfAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ParentLink>>(db.Read(() =>
        Parents.Find(Where.Is("chat", chat.Key)).Where(d => d["active"].AsBoolean).Select(LinkDocuments.ToParentLink)
            .OrderBy(l => l.LinkedAt).ToList()));

    public Task<ILookup<string, ParentLink>> ChildrenOfAsync(IReadOnlyCollection<ChatAddress> chats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chats);
        var keys = chats.Select(c => c.Key).Distinct(StringComparer.Ordinal).ToList();
        return Task.FromResult(db.Read(() => keys.SelectMany(key => Parents.Find(Where.Is("chat", key)))
            .Where(d => d["active"].AsBoolean).Select(LinkDocuments.ToParentLink).OrderBy(l => l.LinkedAt)
            .ToLookup(l => l.Chat.Key, StringComparer.Ordinal)));
    }

    public async Task<IReadOnlyList<ParentLink>> ParentsOfAsync(StudentCode student, CancellationToken cancellationToken) =>
        (await ParentsOfAsync([student], cancellationToken))[student].ToList();

    public Task<ILookup<StudentCode, ParentLink>> ParentsOfAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken) =>
        Task.FromResult<ILookup<StudentCode, ParentLink>>(db.Read(() =>
        Parents.Find(Where.In("student", students.Select(s => new BsonValue(s.Value)))).Where(d => d["active"].AsBoolean)
            .Select(LinkDocuments.ToParentLink).ToLookup(l => l.Student)));

    public Task<StaffLink?> StaffOfAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        Task.FromResult<StaffLink?>(db.Read(() =>
        Staff.FindById(chat.Key) is { } d && LinkDocuments.ToStaffLink(d) is { IsActive: true } link ? link : null));

    public async Task<IReadOnlyList<StaffLink>> ChatsOfTeacherAsync(string teacherCode, CancellationToken cancellationToken) =>
        (await StaffHistoryOfAsync(teacherCode, cancellationToken)).Where(l => l.IsActive).ToList();

    public Task<IReadOnlyList<ParentLink>> HistoryOfAsync(StudentCode student, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ParentLink>>(db.Read(() =>
        Parents.Find(Where.Is("student", student.Value)).Select(LinkDocuments.ToParentLink).OrderBy(l => l.LinkedAt).ToList()));

    public Task<IReadOnlyList<StaffLink>> StaffHistoryOfAsync(string teacherCode, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StaffLink>>(db.Read(() =>
        Staff.Find(Where.Is("teacher", teacherCode)).Select(LinkDocuments.ToStaffLink).OrderBy(l => l.LinkedAt).ToList()));

    public Task SaveAsync(ParentLink link, CancellationToken cancellationToken)
    {
        db.Write(() => Parents.Upsert(LinkDocuments.From(link)));
        return Task.CompletedTask;
    }

    public Task SaveAsync(StaffLink link, CancellationToken cancellationToken)
    {
        db.Write(() => Staff.Upsert(LinkDocuments.From(link)));
        return Task.CompletedTask;
    }
}
