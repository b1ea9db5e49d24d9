using SoLienLac.Domain.Records;

namespace SoLienLac.Domain.SchoolFiles;

/// <summary>How many records of a file are new, changed or already as the file says.</summary>
public sealed record ImportSummary(int Rows, int Added, int Changed, int Unchanged);

/// <summary>
/// The result of checking a whole file: either errors (and then nothing may be written) or the
/// changes to save, with their audit entries.
/// </summary>
public sealed record ImportOutcome(IReadOnlyList<ImportError> Errors, ChangeSet Changes, ImportSummary Summary)
{
    public bool IsValid => Errors.Count == 0;
}
