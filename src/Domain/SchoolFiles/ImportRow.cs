namespace SoLienLac.Domain.SchoolFiles;

/// <summary>One data row of a school file: its line number and its cells by lower-case column name.</summary>
public sealed class ImportRow(int line, IReadOnlyDictionary<string, string?> cells)
{
    /// <summary>
    /// The longest cell a school file may hold. No code, name, date or score comes near it; a longer
    /// cell is refused by its line and column before any message could repeat it.
    /// </summary>
    public const int MaxCellLength = 1_000;

    public int Line { get; } = line;

    /// <summary>The trimmed cell, or null when the column is absent or the cell empty.</summary>
    public string? this[string column] =>
        cells.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public bool IsBlank => cells.Values.All(string.IsNullOrWhiteSpace);

    /// <summary>The first column whose cell is longer than <see cref="MaxCellLength"/>, or null.</summary>
    public string? OverlongColumn => cells.FirstOrDefault(c => c.Value?.Length > MaxCellLength).Key;
}

/// <summary>A school file as read: its column names (lower case) and its rows, streamed.</summary>
public sealed record ImportTable(string FileName, IReadOnlyCollection<string> Columns, IEnumerable<ImportRow> Rows)
{
    /// <summary>
    /// The school the file is for (<c>--school</c>, or a teacher's own): its classes are that school's.
    /// Null in a store of one school.
    /// </summary>
    public string? School { get; init; }

    /// <summary>The store's schools, which a row's optional <c>school</c> column may name; empty in a store of one school.</summary>
    public IReadOnlySet<string> Schools { get; init; } = new HashSet<string>();

    /// <summary>Why the reader would not open the file at all (a bomb, not a spreadsheet), or null.</summary>
    public ImportError? Refusal { get; private init; }

    /// <summary>A file refused before a single row was read: checking it gives this one error.</summary>
    public static ImportTable Refused(string fileName, ImportError refusal) => new(fileName, [], []) { Refusal = refusal };
}
