using System.Globalization;

namespace SoLienLac.Domain.Common;

/// <summary>Dates as dd/MM/yyyy and decimals with a comma, as Vietnamese readers write them.</summary>
public static class VietnameseFormat
{
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>One decimal, always shown: 8,0 · 8,3 · 10,0.</summary>
    public static string Average(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>Any measure to one decimal, with a comma: 1,3 MB · 29,4 tin/giây.</summary>
    public static string Tenths(double value) => value.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>"14:05 ngày 23/11/2026", for a time already in the school's time zone.</summary>
    public static string Moment(DateTimeOffset local) =>
        $"{local.ToString("HH:mm", CultureInfo.InvariantCulture)} ngày {Date(DateOnly.FromDateTime(local.DateTime))}";

    /// <summary>"Thứ Hai 05/10/2026".</summary>
    public static string Day(DateOnly date) => $"{Weekday(date.DayOfWeek)} {Date(date)}";

    public static string Weekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ nhật",
    };

    public static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
}
