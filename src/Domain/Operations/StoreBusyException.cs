namespace SoLienLac.Domain.Operations;

/// <summary>The store's file is open in another process (a running service, most likely): only one process may hold it.</summary>
public sealed class StoreBusyException(string path, Exception inner)
    : Exception($"The database {path} is in use by another process.", inner)
{
    public string DatabasePath { get; } = path;
}
