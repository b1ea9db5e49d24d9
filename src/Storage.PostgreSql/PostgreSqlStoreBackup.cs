using SoLienLac.Domain.Operations;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>A server database has no file of its own for the bot to copy: it is backed up with PostgreSQL's tools.</summary>
internal sealed class PostgreSqlStoreBackup : IStoreBackup
{
    public string? FilePath => null;

    public Task<long> CopyToAsync(string path, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The store is a PostgreSQL database: back it up with pg_dump (or the server's own backups), not with the bot.");
}
