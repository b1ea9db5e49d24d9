using SoLienLac.Bot.Conversations.State;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>Class, date and session are chosen: the bot waits for "mã P|K" lines.</summary>
public sealed record AwaitingAbsences(ClassName ClassName, DateOnly Date, DaySession Session, string? Reason) : FlowState;

/// <summary>The roll call is previewed: the bot waits for «Xác nhận».</summary>
public sealed record ConfirmingAbsences(ClassName ClassName, DateOnly Date, DaySession Session, IReadOnlyList<string> Lines, string? Reason) : FlowState;
