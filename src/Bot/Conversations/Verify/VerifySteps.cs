using SoLienLac.Bot.Conversations.State;

namespace SoLienLac.Bot.Conversations.Verify;

/// <summary>/start was sent: the bot waits for a student code (or a teacher's shared phone).</summary>
public sealed record AwaitingStudentCode : FlowState;

/// <summary>The student code is in: the bot waits for the parent's phone or the school's activation code.</summary>
public sealed record AwaitingProof(Domain.Students.StudentCode StudentCode) : FlowState;
