namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>
/// A row of the subject table as printed: the subject's name, then its cells (term: TX1–TX4, GK,
/// CK, ĐTBmhk; year: term I, term II, year). An empty cell is a column with no mark in it.
/// </summary>
public sealed record SubjectRow(string Subject, IReadOnlyList<string> Cells);
