namespace SoLienLac.Domain.SchoolFiles;

/// <summary>Counts records as new, changed or already as the file says.</summary>
internal sealed class ChangeTally
{
    public int Added { get; private set; }

    public int Changed { get; private set; }

    public int Unchanged { get; private set; }

    /// <summary>True when the record must be written: it is new or differs from what is stored.</summary>
    public bool Differs<T>(T? before, T after) => Note(before is null, !Equals(before, after));

    /// <summary>Counts one record; true when it must be written.</summary>
    public bool Note(bool isNew, bool differs)
    {
        if (!differs) Unchanged++;
        else if (isNew) Added++;
        else Changed++;
        return differs;
    }

    public (int Added, int Changed, int Unchanged) Result => (Added, Changed, Unchanged);
}
