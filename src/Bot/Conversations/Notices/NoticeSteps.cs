using SoLienLac.Bot.Conversations.State;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Notices;

/// <summary>A notice is drafted and shown: the bot waits for «Xác nhận». No class: the whole school.</summary>
public sealed record ConfirmingNotice(ClassName? ClassName, string Text, DateTimeOffset? PublishAt) : FlowState;
