namespace SoLienLac.Domain.Operations;

/// <summary>
/// The store as one file the bot can copy while it serves (the embedded store). A server database
/// (PostgreSQL) has no such file: it is backed up with its own tools, and <see cref="FilePath"/> is null.
/// </summary>
public interface IStoreBackup
{
    /// <summary>The store's file, full path; null for a server database.</summary>
    string? FilePath { get; }

    /// <summary>A consistent copy written to <paramref name="path"/> while the bot goes on serving; returns its size in bytes.</summary>
    /// <exception cref="ArgumentException">The path is one of the store's own files.</exception>
    /// <exception cref="NotSupportedException">The store is a server database.</exception>
    Task<long> CopyToAsync(string path, CancellationToken cancellationToken);
}
