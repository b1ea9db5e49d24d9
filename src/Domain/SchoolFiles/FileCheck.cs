using System.Globalization;
using SoLienLac.Domain.Records;

namespace SoLienLac.Domain.SchoolFiles;

/// <summary>
/// The shape every school file is checked in: the header first, then every row, collecting every
/// refusal; the same record twice is fine when both rows agree and refused when they do not. Only
/// a file with no refusal goes on to be compared with the records.
/// </summary>
internal static class FileCheck
{
    /// <param name="read">A row as the record it holds, or null when refused (each refusal noted in the checker); it may look the store up.</param>
    /// <param name="plan">The records compared with the store, into the changes; returns how many were new, changed, the same.</param>
    public static async Task<ImportOutcome> RunAsync<T>(
        ImportTable table,
        string[] requiredColumns,
        IProgress<int>? progress,
        Func<RowChecker, ImportRow, ValueTask<T?>> read,
        Func<T, string> key,
        string conflictColumn,
        Func<IReadOnlyCollection<T>, ChangeSet, Task<(int Added, int Changed, int Unchanged)>> plan,
        RowChecker? checker = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(table);
        var check = checker ?? new RowChecker(table.School, table.Schools);
        var changes = new ChangeSet();
        if (table.Refusal is { } refusal) return new ImportOutcome([refusal], changes, new ImportSummary(0, 0, 0, 0));
        if (!check.HasColumns(table, requiredColumns))
            return new ImportOutcome(check.Errors, changes, new ImportSummary(0, 0, 0, 0));

        var seen = new Dictionary<string, (T Record, int Line)>();
        var rows = 0;
        foreach (var row in table.Rows)
        {
            if (row.IsBlank) continue;
            if (++rows % 500 == 0) progress?.Report(rows);
            if (row.OverlongColumn is { } overlong)
            {
                // Refused whole and never quoted: its cells are not read, so no other error repeats them.
                check.Errors.Add(new ImportError(row.Line, overlong, null, ImportProblem.CellTooLong,
                    ImportRow.MaxCellLength.ToString(CultureInfo.InvariantCulture)));
                continue;
            }
            if (await read(check, row) is not { } record) continue;
            var id = key(record);
            if (!seen.TryGetValue(id, out var first)) seen[id] = (record, row.Line);
            else if (!Equals(first.Record, record))
                check.Fail(row, conflictColumn, ImportProblem.Conflicting, first.Line.ToString(CultureInfo.InvariantCulture));
        }
        progress?.Report(rows);
        if (rows == 0 && check.Errors.Count == 0) check.Errors.Add(new ImportError(1, "", null, ImportProblem.EmptyFile));
        if (check.Errors.Count > 0) return new ImportOutcome(check.Errors, changes, new ImportSummary(rows, 0, 0, 0));

        var (added, changed, unchanged) = await plan(seen.Values.OrderBy(v => v.Line).Select(v => v.Record).ToList(), changes);
        return new ImportOutcome([], changes, new ImportSummary(rows, added, changed, unchanged));
    }
}
