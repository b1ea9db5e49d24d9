namespace SoLienLac.Domain.SchoolFiles;

/// <summary>Counts records as new, changed or already as the file says.</summary>
internal sealed class ChangeTally
{
    public int Added { get; private set; }

    public int Changed { get; private set; }

    public int Unchanged { get; private set; }

    /// <summary>True when the record must be written: it is new or differs from what is stored.</summary>
    public bool Differs<T>(T? before, T after)
    {
        if (Equals(before, after)) { Unchanged++; return false; }
        if (before is null) Added++; else Changed++;
        return true;
    }

    public (int Added, int Changed, int Unchanged) Result => (Added, Changed, Unchanged);
}
