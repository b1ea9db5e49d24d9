namespace SoLienLac.Domain.Operations;

/// <summary>
/// A whole store read out and written into another, whatever the engines (<c>migrate</c>): every
/// record of every <see cref="StoreKind"/>, as neutral rows (<see cref="StoreRows"/>). Leases are not
/// carried: an outbox message comes with its status and attempts, free for any sender to take.
/// </summary>
public interface IStoreTransfer
{
    /// <summary>Where the store is, for people to read: a file, or a server and database — never a password.</summary>
    string Location { get; }

    /// <summary>
    /// Every record, a chunk at a time, kind after kind in <see cref="StoreKind"/> order. Within a
    /// kind, records that a port returns in the order they were written come in that order.
    /// </summary>
    IAsyncEnumerable<StoreChunk> ExportAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes the chunks into this store, which must hold no record of any kind: a store that does is
    /// left as it is and the outcome is <see cref="TransferOutcome.Refused"/>, before any chunk is read.
    /// All or nothing: an import cut short leaves the store empty.
    /// </summary>
    Task<TransferOutcome> ImportAsync(IAsyncEnumerable<StoreChunk> chunks, CancellationToken cancellationToken);
}
