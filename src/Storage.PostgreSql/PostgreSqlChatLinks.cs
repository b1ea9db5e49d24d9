using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>An active link is one with no <c>ended_at</c>; ties in time keep the order the links were first saved in.</summary>
internal sealed class PostgreSqlChatLinks(PostgreSqlDatabase db) : IChatLinks
{
    public Task<IReadOnlyList<ParentLink>> ChildrenOfAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        db.CachedAsync(ReadSubject.Chat(chat.Key), CachedRead.Children, ct => ReadChildrenAsync(chat, ct), cancellationToken);

    private async Task<IReadOnlyList<ParentLink>> ReadChildrenAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            $"SELECT {LinkRows.ParentColumns} FROM parent_links WHERE chat = @chat AND ended_at IS NULL ORDER BY linked_at, seq",
            cancellationToken).ConfigureAwait(false))
            .With("chat", chat.Key);
        return await command.ReadAllAsync(LinkRows.Parent, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ILookup<string, ParentLink>> ChildrenOfAsync(IReadOnlyCollection<ChatAddress> chats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chats);
        await using var command = (await db.CommandAsync(
            $"SELECT {LinkRows.ParentColumns} FROM parent_links WHERE chat = ANY(@chats) AND ended_at IS NULL ORDER BY chat, linked_at, seq",
            cancellationToken).ConfigureAwait(false))
            .With("chats", chats.Select(c => c.Key).Distinct(StringComparer.Ordinal).ToArray());
        return (await command.ReadAllAsync(LinkRows.Parent, cancellationToken).ConfigureAwait(false)).ToLookup(l => l.Chat.Key, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<ParentLink>> ParentsOfAsync(StudentCode student, CancellationToken cancellationToken) =>
        (await ParentsOfAsync([student], cancellationToken).ConfigureAwait(false))[student].ToList();

    public async Task<ILookup<StudentCode, ParentLink>> ParentsOfAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(students);
        await using var command = (await db.CommandAsync(
            $"SELECT {LinkRows.ParentColumns} FROM parent_links WHERE student = ANY(@students) AND ended_at IS NULL ORDER BY student, linked_at, seq",
            cancellationToken).ConfigureAwait(false))
            .With("students", PostgreSqlGradeBook.Codes(students));
        return (await command.ReadAllAsync(LinkRows.Parent, cancellationToken).ConfigureAwait(false)).ToLookup(l => l.Student);
    }

    public Task<StaffLink?> StaffOfAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        db.CachedAsync(ReadSubject.Chat(chat.Key), CachedRead.Staff, ct => ReadStaffAsync(chat, ct), cancellationToken);

    private async Task<StaffLink?> ReadStaffAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            $"SELECT {LinkRows.StaffColumns} FROM staff_links WHERE chat = @chat AND ended_at IS NULL", cancellationToken).ConfigureAwait(false))
            .With("chat", chat.Key);
        return (await command.ReadAllAsync(LinkRows.Staff, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<StaffLink>> ChatsOfTeacherAsync(string teacherCode, CancellationToken cancellationToken) =>
        (await StaffHistoryOfAsync(teacherCode, cancellationToken).ConfigureAwait(false)).Where(l => l.IsActive).ToList();

    public async Task<IReadOnlyList<ParentLink>> HistoryOfAsync(StudentCode student, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            $"SELECT {LinkRows.ParentColumns} FROM parent_links WHERE student = @student ORDER BY linked_at, seq", cancellationToken).ConfigureAwait(false))
            .With("student", student.Value);
        return await command.ReadAllAsync(LinkRows.Parent, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StaffLink>> StaffHistoryOfAsync(string teacherCode, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            $"SELECT {LinkRows.StaffColumns} FROM staff_links WHERE teacher = @teacher ORDER BY linked_at, seq", cancellationToken).ConfigureAwait(false))
            .With("teacher", teacherCode);
        return await command.ReadAllAsync(LinkRows.Staff, cancellationToken).ConfigureAwait(false);
    }

    public async Task SaveAsync(ParentLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LinkRows.SaveParents([link]);
        command.Connection = connection;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        db.Reads.Forget(ReadSubject.Chat(link.Chat.Key));
    }

    public async Task SaveAsync(StaffLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LinkRows.SaveStaff([link]);
        command.Connection = connection;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        db.Reads.Forget(ReadSubject.Chat(link.Chat.Key));
    }
}
