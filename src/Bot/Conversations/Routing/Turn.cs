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

    /// <summary>The children this chat is linked to, in the order they were linked.</summary>
    public IReadOnlyList<Student> Children => _children ??=
        links.ChildrenOf(Chat).Select(l => students.Find(l.Student)).OfType<Student>().ToList();

    public Teacher? Teacher
    {
        get
        {
            // A teacher who left has no role, whatever link is left over.
            if (!_teacher.Loaded) _teacher = (links.StaffOf(Chat) is { } staff && teachers.Find(staff.TeacherCode) is { HasLeft: false } t ? t : null, true);
            return _teacher.Teacher;
        }
    }

    public void Say(string text) => Replies.Add(new Reply(text));

    public void Say(Reply reply) => Replies.Add(reply);

    public void Enter(FlowState flow) => State = State with { Flow = flow };

    public void EndFlow() => State = State with { Flow = null };

    public void Select(StudentCode student) => State = State with { SelectedStudent = student.Value };

    /// <summary>Forget what was read of the links: a verification just changed them.</summary>
    public void Refresh()
    {
        _children = null;
        _teacher = default;
    }
}
