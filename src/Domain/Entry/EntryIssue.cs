namespace SoLienLac.Domain.Entry;

/// <summary>Why a line a teacher typed was not taken.</summary>
public enum EntryProblem
{
    Unreadable,
    UnknownStudent,
    OtherClass,
    LeftSchool,
    ScoreNotANumber,
    ScoreOutOfRange,
    ScoreTooManyDecimals,
    CommentInScoredSubject,
    ScoreInCommentSubject,
    InvalidExcused,
    Duplicate,
}

/// <summary>A refused line: its number in the message, what it said, and why.</summary>
public sealed record EntryIssue(int Line, string Text, EntryProblem Problem, string? Detail = null);
