using SoLienLac.Bot.Conversations.State;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>Class, date and session are chosen: the bot waits for "mã P|K" lines.</summary>
public sealed record AwaitingAbsences(string ClassName, DateOnly Date, string Session, string? Reason) : FlowState;

/// <summary>The roll call is previewed: the bot waits for «Xác nhận».</summary>
public sealed record ConfirmingAbsences(string ClassName, DateOnly Date, string Session, IReadOnlyList<string> Lines, string? Reason) : FlowState;
