namespace SoLienLac.Domain.Operations;

/// <summary>A bot process as the store knows it: when it started, when it last beat, how many messages it holds leased.</summary>
public sealed record InstanceStatus(string Name, DateTimeOffset StartedAt, DateTimeOffset LastBeat, int Leased);

/// <summary>
/// The bot processes serving the store, by name (<c>Instance:Name</c>). Each beats while it runs; the
/// outbox leases of one that stopped beating go back to the queue, so a process killed mid fan-out
/// holds its parents' messages no longer than it takes to notice.
/// </summary>
public interface IInstances
{
    /// <summary>
    /// True when one process at a time can open the store (the embedded store): an instance on record
    /// that is not this one has stopped, whatever its last beat says.
    /// </summary>
    bool OneProcessAtATime { get; }

    /// <summary>Records that <paramref name="name"/> is alive now (started at <paramref name="startedAt"/>).</summary>
    Task BeatAsync(string name, DateTimeOffset startedAt, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Gives back to the queue the leases of every instance but <paramref name="self"/> whose last beat
    /// is older than <paramref name="beatBefore"/>, and leases no instance on record holds; forgets
    /// those instances. Returns how many messages were given back.
    /// </summary>
    Task<int> ReclaimAsync(string self, DateTimeOffset beatBefore, CancellationToken cancellationToken);

    /// <summary>A clean stop: the instance's leases go back to the queue and it is forgotten.</summary>
    Task LeaveAsync(string name, CancellationToken cancellationToken);

    /// <summary>Every instance on record, the most recently started first.</summary>
    Task<IReadOnlyList<InstanceStatus>> ListAsync(CancellationToken cancellationToken);
}
