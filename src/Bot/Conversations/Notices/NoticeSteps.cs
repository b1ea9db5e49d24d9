using SoLienLac.Bot.Conversations.State;

namespace SoLienLac.Bot.Conversations.Notices;

/// <summary>A notice is drafted and shown: the bot waits for «Xác nhận».</summary>
public sealed record ConfirmingNotice(string? ClassName, string Text, DateTimeOffset? PublishAt) : FlowState;
