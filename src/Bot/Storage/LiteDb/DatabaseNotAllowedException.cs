namespace SoLienLac.Bot.Storage.LiteDb;

/// <summary>
/// This user may not open the database file: it is the service user's alone (mode 600), and a verb
/// must run as that user (<c>sudo -u solienlac …</c>).
/// </summary>
public sealed class DatabaseNotAllowedException(string path, Exception inner)
    : Exception($"This user may not open the database {path}.", inner)
{
    public string DatabasePath { get; } = path;
}
