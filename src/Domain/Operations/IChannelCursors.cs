namespace SoLienLac.Domain.Operations;

/// <summary>
/// How far each channel's updates have been answered ("telegram": the next update id). Kept in the
/// store, so an update answered just before a restart is not offered again.
/// </summary>
public interface IChannelCursors
{
    Task<long?> PositionAsync(string channel, CancellationToken cancellationToken);

    Task AdvanceAsync(string channel, long position, CancellationToken cancellationToken);
}
