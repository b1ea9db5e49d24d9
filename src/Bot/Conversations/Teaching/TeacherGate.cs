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
        turn.Say(TeachingTexts.TeachersOnly);
        return null;
    }

    public static string Explain(Refusal refusal) => refusal switch
    {
        Refusal.AdminOnly => TeachingTexts.AdminOnly,
        Refusal.TermClosed => TeachingTexts.TermClosed,
        Refusal.ReasonRequired => TeachingTexts.ReasonRequired,
        _ => TeachingTexts.NotAssigned,
    };
}
