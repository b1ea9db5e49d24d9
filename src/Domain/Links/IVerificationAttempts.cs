namespace SoLienLac.Domain.Links;

/// <summary>
/// The failed verification attempts: of each chat, for <see cref="VerificationLock"/>, and against
/// each code typed after /start (a student's or a teacher's), from any chat, for <see cref="HolderLock"/>.
/// </summary>
public interface IVerificationAttempts
{
    Task<IReadOnlyList<DateTimeOffset>> FailuresOfAsync(ChatAddress chat, CancellationToken cancellationToken);

    /// <summary>The failures of every chat against one code typed after /start.</summary>
    Task<IReadOnlyList<CodeFailure>> FailuresAgainstAsync(string holderCode, CancellationToken cancellationToken);

    /// <param name="against">The code typed after /start that the wrong proof was for, if any.</param>
    Task RecordFailureAsync(ChatAddress chat, DateTimeOffset at, string? against, CancellationToken cancellationToken);

    /// <summary>Forgets every failure before <paramref name="before"/>, of every chat; returns how many.</summary>
    Task<int> ForgetBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
