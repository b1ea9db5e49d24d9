using SoLienLac.Domain.Operations;

namespace SoLienLac.Storage.LiteDb;

/// <summary>
/// Filling a LiteDB file from another store is not needed yet (a school moves from the file to a
/// server, not back): the import is refused as unsupported.
/// </summary>
internal sealed class LiteDbImport(SchoolDatabase db)
{
    public Task<TransferOutcome> RunAsync(IAsyncEnumerable<StoreChunk> chunks, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{db.Path}: importing into a LiteDB file is not supported; export it instead.");
}
