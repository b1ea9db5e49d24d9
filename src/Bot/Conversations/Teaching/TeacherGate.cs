using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>Teachers' commands answer only a verified teacher; anyone else is told how to become one.</summary>
public static class TeacherGate
{
    public static Teacher? Resolve(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Teacher is { } teacher) return teacher;
        turn.Say(turn.Texts.Teaching.TeachersOnly);
        return null;
    }

    public static string Explain(Turn turn, Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var texts = turn.Texts.Teaching;
        return refusal switch
        {
            Refusal.AdminOnly => texts.AdminOnly,
            Refusal.TermClosed => texts.TermClosed,
            Refusal.ReasonRequired => texts.ReasonRequired,
            _ => texts.NotAssigned,
        };
    }

    /// <summary>
    /// A button naming a class and running <paramref name="command"/> on it: "6A", or "6A · THCS-B" for a
    /// teacher of several schools, whose classes of one name the button must tell apart.
    /// </summary>
    public static ReplyButton ClassButton(Teacher teacher, Domain.Students.ClassName className, string command)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        var label = teacher.Schools.Count > 1 && className.School is { } school ? $"{className.Value} · {school}" : className.Value;
        return new ReplyButton(label, $"{command} {className.Key}");
    }

    /// <summary>«Xác nhận» and «Hủy» under a change shown before it is saved.</summary>
    public static IReadOnlyList<IReadOnlyList<ReplyButton>> ConfirmButtons(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return [[new ReplyButton(turn.Texts.Teaching.ConfirmButton, "/xacnhan"), new ReplyButton(turn.Texts.Teaching.CancelButton, "/huy")]];
    }
}
