using SoLienLac.Bot.Conversations.State;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>Class, subject, term and column are chosen: the bot waits for the lines of scores.</summary>
public sealed record AwaitingScores(ClassName ClassName, Subject Subject, Term Term, Column Column, string? Reason) : FlowState;

/// <summary>The preview is shown: the bot waits for «Xác nhận» (or «Hủy»).</summary>
public sealed record ConfirmingScores(ClassName ClassName, Subject Subject, Term Term, Column Column, IReadOnlyList<string> Lines, string? Reason) : FlowState;
