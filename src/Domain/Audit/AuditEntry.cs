namespace SoLienLac.Domain.Audit;

/// <summary>
/// A change to the school's records: who made it, when, through which channel, what it was before
/// and after, and why. Every change to a score, an absence, a conduct level or the roster has one.
/// </summary>
public sealed record AuditEntry(
    Guid Id,
    DateTimeOffset At,
    string Actor,
    string Channel,
    string? Student,
    string What,
    string? OldValue,
    string? NewValue,
    string? Reason)
{
    public static AuditEntry Record(Actor actor, DateTimeOffset at, string? student, string what, string? oldValue, string? newValue) =>
        new(Guid.NewGuid(), at, actor.Name, actor.Channel, student, what, oldValue, newValue, actor.Reason);
}

/// <summary>Who is changing the records, through which channel, and why.</summary>
public sealed record Actor(string Name, string Channel, string? Reason);
