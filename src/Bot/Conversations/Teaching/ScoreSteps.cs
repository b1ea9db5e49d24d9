using SoLienLac.Bot.Conversations.State;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>Class, subject, term and column are chosen: the bot waits for the lines of scores.</summary>
public sealed record AwaitingScores(string ClassName, string Subject, int Term, string Column, string? Reason) : FlowState;

/// <summary>The preview is shown: the bot waits for «Xác nhận» (or «Hủy»).</summary>
public sealed record ConfirmingScores(string ClassName, string Subject, int Term, string Column, IReadOnlyList<string> Lines, string? Reason) : FlowState;
