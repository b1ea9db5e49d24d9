using SoLienLac.Domain.Common;

namespace SoLienLac.Domain.Results;

/// <summary>The two titles the circular awards at the end of the year.</summary>
public enum Title
{
    HocSinhGioi,
    HocSinhXuatSac,
}

public static class Titles
{
    /// <summary>
    /// "Học sinh Giỏi": training Tốt and learning Tốt. "Học sinh Xuất sắc": that, and at least 6
    /// scored subjects with a year average of 9.0 or more. Null when neither is earned (or not yet known).
    /// </summary>
    public static Title? Award(Level? training, Level? learning, IEnumerable<decimal?> yearAverages)
    {
        ArgumentNullException.ThrowIfNull(yearAverages);
        if (training != Level.Tot || learning != Level.Tot) return null;
        return yearAverages.Count(a => a >= 9.0m) >= 6 ? Title.HocSinhXuatSac : Title.HocSinhGioi;
    }

    public static string Vietnamese(this Title title) =>
        title == Title.HocSinhXuatSac ? "Học sinh Xuất sắc" : "Học sinh Giỏi";
}
