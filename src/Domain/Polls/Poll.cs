using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Polls;

/// <summary>
/// A question to the families of a class (or of the school) with a few answers to choose from: a survey
/// or a permission slip. Each family answers once per child and may change the answer while it is open.
/// </summary>
/// <param name="ClassName">The class asked; null for the whole school (an admin's).</param>
/// <param name="CreatedBy">The teacher's code.</param>
/// <param name="ClosesAt">When it closes on its own, if set.</param>
public sealed record Poll(Guid Id, ClassName? ClassName, string Question, IReadOnlyList<string> Options, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? ClosesAt)
{
    public const int MaxOptions = 8;

    public const int MaxQuestionLength = 500;

    /// <summary>The school whose families it asks (its class's, or the admin's for the whole school); null in a store of one school.</summary>
    public string? School { get; init; }

    /// <summary>When a teacher closed it early, if they did.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>How it is named in chat and on the command line: the first eight hex digits of its id.</summary>
    public string ShortId => Id.ToString("N")[..8];

    /// <summary>Whether it asks the families of this class: the class's own, or its school's.</summary>
    public bool ConcernsClass(ClassName className) => ClassName is { } own ? own == className : School == className.School;

    public bool IsOpen(DateTimeOffset now) => ClosedAt is null && (ClosesAt is not { } at || at > now);

    /// <summary>The option's index (0-based) for what a family pressed or typed: its number or its text.</summary>
    public int? OptionOf(string text)
    {
        var trimmed = (text ?? "").Trim();
        if (int.TryParse(trimmed, out var n) && n >= 1 && n <= Options.Count) return n - 1;
        var folded = Common.VietnameseText.Fold(trimmed);
        for (var i = 0; i < Options.Count; i++)
            if (Common.VietnameseText.Fold(Options[i]) == folded) return i;
        return null;
    }
}

/// <summary>A family's answer for one child: the latest counts.</summary>
public sealed record PollAnswer(Guid Poll, StudentCode Student, int Option, string Chat, DateTimeOffset At);
