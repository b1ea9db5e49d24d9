using SoLienLac.Bot.Conversations.State;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>A term's training result is shown before it is set: the bot waits for «Xác nhận».</summary>
public sealed record ConfirmingConduct(StudentCode Student, Term Term, Level Level, string? Reason) : FlowState;

/// <summary>A remark is shown before it is written: the bot waits for «Xác nhận».</summary>
public sealed record ConfirmingRemark(StudentCode Student, string Text) : FlowState;
