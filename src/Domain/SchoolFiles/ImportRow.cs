namespace SoLienLac.Domain.SchoolFiles;

/// <summary>One data row of a school file: its line number and its cells by lower-case column name.</summary>
public sealed class ImportRow(int line, IReadOnlyDictionary<string, string?> cells)
{
    public int Line { get; } = line;

    /// <summary>The trimmed cell, or null when the column is absent or the cell empty.</summary>
    public string? this[string column] =>
        cells.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public bool IsBlank => cells.Values.All(string.IsNullOrWhiteSpace);
}

/// <summary>A school file as read: its column names (lower case) and its rows, streamed.</summary>
public sealed record ImportTable(string FileName, IReadOnlyCollection<string> Columns, IEnumerable<ImportRow> Rows);
