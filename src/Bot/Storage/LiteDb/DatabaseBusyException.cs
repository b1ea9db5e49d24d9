namespace SoLienLac.Bot.Storage.LiteDb;

/// <summary>The database file is open in another process (a running service, most likely).</summary>
public sealed class DatabaseBusyException(string path, Exception inner)
    : Exception($"The database {path} is in use by another process.", inner)
{
    public string DatabasePath { get; } = path;
}
