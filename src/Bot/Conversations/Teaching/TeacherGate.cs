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

    /// <summary>«Xác nhận» and «Hủy» under a change shown before it is saved.</summary>
    public static IReadOnlyList<IReadOnlyList<ReplyButton>> ConfirmButtons(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return [[new ReplyButton(turn.Texts.Teaching.ConfirmButton, "/xacnhan"), new ReplyButton(turn.Texts.Teaching.CancelButton, "/huy")]];
    }
}
