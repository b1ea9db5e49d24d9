using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.Links;

/// <summary>Why a verification was refused. A wrong student code and a wrong proof look the same on purpose.</summary>
public enum VerificationFailure
{
    NoMatch,
    NotOwnContact,
    CodeUsedOrExpired,
    Locked,

    /// <summary>Too many wrong codes against this student or teacher code, from any chats (<see cref="HolderLock"/>).</summary>
    HolderLocked,
}

/// <summary>What a verification attempt gave: the children now linked and/or the teacher recognised, or why not.</summary>
public sealed record VerificationOutcome(
    IReadOnlyList<Student> Children,
    Teacher? Teacher,
    VerificationFailure? Failure,
    DateTimeOffset? LockedUntil)
{
    public bool Succeeded => Failure is null;

    /// <summary>The student whose codes this very failure locked (<see cref="HolderLock"/>): their homeroom teacher is to be told.</summary>
    public Student? JustLocked { get; init; }

    public static VerificationOutcome Refused(VerificationFailure failure, DateTimeOffset? lockedUntil = null) =>
        new([], null, failure, lockedUntil);
}
