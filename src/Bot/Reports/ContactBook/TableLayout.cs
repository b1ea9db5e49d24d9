namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>The columns of the subject table for a term and for the year; each adds up to the page's width (515 pt).</summary>
internal sealed record TableLayout(IReadOnlyList<float> Widths, IReadOnlyList<HeaderCell> Header)
{
    public static readonly TableLayout Term = new(
        [24, 199, 32, 32, 32, 32, 50, 50, 64],
        [
            new("STT", 0, 1, 0, 2), new("Môn học", 1, 1, 0, 2), new("Thường xuyên (TX)", 2, 4, 0, 1),
            new("1", 2, 1, 1, 1), new("2", 3, 1, 1, 1), new("3", 4, 1, 1, 1), new("4", 5, 1, 1, 1),
            new("Giữa kì (GK)", 6, 1, 0, 2), new("Cuối kì (CK)", 7, 1, 0, 2), new("ĐTBmhk", 8, 1, 0, 2),
        ]);

    public static readonly TableLayout Year = new(
        [24, 218, 91, 91, 91],
        [
            new("STT", 0, 1, 0, 2), new("Môn học", 1, 1, 0, 2), new("Điểm trung bình môn (ĐTBm) / Kết quả", 2, 3, 0, 1),
            new("Học kì I", 2, 1, 1, 1), new("Học kì II", 3, 1, 1, 1), new("Cả năm (ĐTBmcn)", 4, 1, 1, 1),
        ]);
}
