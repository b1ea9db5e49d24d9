using SoLienLac.Bot.Conversations.State;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Leave;

/// <summary>/xinnghi was sent bare: the bot waits for "ngày buổi lý do".</summary>
public sealed record AwaitingLeave(StudentCode Student) : FlowState;
