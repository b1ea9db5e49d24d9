using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Routing;

/// <summary>
/// One message and its answer: who sent it (the children the chat is linked to, the teacher it
/// is), the chat's saved state, the catalogue its answers are written from, and the replies gathered so far.
/// </summary>
public sealed class Turn(IncomingMessage message, ChatState state, Catalogue texts, IChatLinks links, IStudentDirectory students, ITeacherDirectory teachers)
{
    private IReadOnlyList<Student>? _children;
    private (Teacher? Teacher, bool Loaded) _teacher;

    public IncomingMessage Message { get; } = message;

    public ChatAddress Chat => Message.Chat;

    /// <summary>What was typed, or what the pressed button carries.</summary>
    public string Text => Message.Button ?? Message.Text ?? "";

    public ChatState State { get; private set; } = state;

    /// <summary>What to say, in the chat's language.</summary>
    public Catalogue Texts { get; } = texts;

    public List<Reply> Replies { get; } = [];

    /// <summary>The children this chat is linked to, in the order they were linked (read by <see cref="LoadAsync"/>).</summary>
    public IReadOnlyList<Student> Children => _children ?? throw new InvalidOperationException("The turn's links are not loaded.");

    /// <summary>The teacher this chat is, if any (read by <see cref="LoadAsync"/>).</summary>
    public Teacher? Teacher => _teacher.Loaded ? _teacher.Teacher : throw new InvalidOperationException("The turn's links are not loaded.");

    /// <summary>Reads who the chat is — its children, its teacher — once, before the turn is routed.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        // The two sides read side by side: on a database server each read is a round trip of its own.
        var (children, teacher) = (ChildrenAsync(cancellationToken), TeacherAsync(cancellationToken));
        (_children, _teacher) = (await children, (await teacher, true));
    }

    private async Task<List<Student>> ChildrenAsync(CancellationToken cancellationToken)
    {
        var found = await Task.WhenAll((await links.ChildrenOfAsync(Chat, cancellationToken)).Select(link => students.FindAsync(link.Student, cancellationToken)));
        return [.. found.OfType<Student>()];
    }

    /// <summary>A teacher who left has no role, whatever link is left over.</summary>
    private async Task<Teacher?> TeacherAsync(CancellationToken cancellationToken) =>
        await links.StaffOfAsync(Chat, cancellationToken) is { } staff
            && await teachers.FindAsync(staff.TeacherCode, cancellationToken) is { HasLeft: false } t ? t : null;

    public void Say(string text) => Replies.Add(new Reply(text));

    public void Say(Reply reply) => Replies.Add(reply);

    public void Enter(FlowState flow) => State = State with { Flow = flow };

    public void EndFlow() => State = State with { Flow = null };

    public void Select(StudentCode student) => State = State with { SelectedStudent = student.Value };

    /// <summary>Reads the links again: a verification just changed them.</summary>
    public Task RefreshAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);
}
