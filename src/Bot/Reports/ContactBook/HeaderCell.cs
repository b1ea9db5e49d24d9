namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>A cell of the subject table's two-row heading, placed by column and row, spanning some of each.</summary>
internal sealed record HeaderCell(string Text, int Column, int Span, int Row, int Rows);
