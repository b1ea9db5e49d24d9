using SoLienLac.Bot.Conversations.State;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>A term's training result is shown before it is set: the bot waits for «Xác nhận».</summary>
public sealed record ConfirmingConduct(string Student, int Term, string Level, string? Reason) : FlowState;

/// <summary>A remark is shown before it is written: the bot waits for «Xác nhận».</summary>
public sealed record ConfirmingRemark(string Student, string Text) : FlowState;
