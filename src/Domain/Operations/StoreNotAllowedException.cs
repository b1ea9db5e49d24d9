namespace SoLienLac.Domain.Operations;

/// <summary>
/// This user may not open the store's file: it is the service user's alone (mode 600), and a verb
/// must run as that user (<c>sudo -u solienlac …</c>).
/// </summary>
public sealed class StoreNotAllowedException(string path, Exception inner)
    : Exception($"This user may not open the database {path}.", inner)
{
    public string DatabasePath { get; } = path;
}
