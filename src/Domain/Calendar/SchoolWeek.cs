using System.Globalization;

namespace SoLienLac.Domain.Calendar;

/// <summary>A Monday-to-Sunday week in the school's time zone, named as ISO weeks are ("2026-W48").</summary>
public readonly record struct SchoolWeek(DateOnly Monday)
{
    public DateOnly Sunday => Monday.AddDays(6);

    public string Id => $"{ISOWeek.GetYear(Monday.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(Monday.ToDateTime(TimeOnly.MinValue)):D2}";

    public static SchoolWeek Of(DateOnly day)
    {
        var offset = ((int)day.DayOfWeek + 6) % 7;
        return new SchoolWeek(day.AddDays(-offset));
    }

    public bool Contains(DateOnly day) => day >= Monday && day <= Sunday;

    public override string ToString() => Id;
}
