namespace SoLienLac.Domain.Operations;

/// <summary>
/// The platforms' updates the bot has begun to handle, by key (<c>telegram:123</c>, <c>zalo:m42</c>),
/// noted before an update is handled, so it is there even when the process dies while handling it.
/// </summary>
public interface IUpdateLedger
{
    /// <summary>Notes the update as begun; false when it was begun before.</summary>
    Task<bool> TryBeginAsync(string key, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The update was not handled after all (the service stopped first): it may be begun again.</summary>
    Task ForgetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Forgets updates begun before <paramref name="before"/>; returns how many.</summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
