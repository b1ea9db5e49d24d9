using SoLienLac.Bot.Conversations.State;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Talk;

/// <summary>/nhangv was sent without a text: the bot waits for the parent's message to this teacher about this child.</summary>
public sealed record AwaitingMessage(StudentCode Student, string Teacher) : FlowState;

/// <summary>«Trả lời» was pressed: the bot waits for the teacher's answer to this message.</summary>
public sealed record AwaitingAnswer(Guid Message) : FlowState;
