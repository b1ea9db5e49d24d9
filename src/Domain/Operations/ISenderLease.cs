namespace SoLienLac.Domain.Operations;

/// <summary>Who sends for a bot token now, and until when the store holds it for them.</summary>
public sealed record SenderHolder(string Holder, DateTimeOffset Until, bool Live);

/// <summary>
/// One sender per bot token across the bot processes of a deployment (a chat platform's rate limit is
/// per token): a lease in the store, taken by one instance and renewed while it runs; when its process
/// dies the lease runs out and another instance takes it. On a database server the server's clock
/// decides, so the processes' clocks need not agree.
/// </summary>
public interface ISenderLease
{
    /// <summary>
    /// Takes the lease on <paramref name="key"/> for <paramref name="holder"/>, or renews it, for
    /// <paramref name="duration"/> — unless another holder's lease is still running. True when the
    /// holder has it now.
    /// </summary>
    Task<bool> HoldAsync(string key, string holder, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>A clean stop: the holder's lease ends now, so another instance takes it at once.</summary>
    Task ReleaseAsync(string key, string holder, CancellationToken cancellationToken);

    /// <summary>The lease on record for the key, or null.</summary>
    Task<SenderHolder?> HolderAsync(string key, CancellationToken cancellationToken);
}
