using SoLienLac.Domain.Operations;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbStoreBackup(SchoolDatabase db) : IStoreBackup
{
    public string? FilePath => db.Path;

    public Task<long> CopyToAsync(string path, CancellationToken cancellationToken) => Task.FromResult(db.CopyTo(path));
}
