using SoLienLac.Domain.Calendar;

namespace SoLienLac.Bot.Demo;

/// <summary>
/// The school days of the demo, Monday to Saturday, from the first Monday on or after the opening
/// ceremony (5 September) up to the demo's today (at the latest 31 May, when teaching ends),
/// without the days schools close.
/// </summary>
internal sealed class DemoCalendar
{
    private readonly List<DateOnly> _days = [];

    /// <summary>When a session begins: before that, nobody can have missed it.</summary>
    private static readonly TimeOnly MorningBegins = new(7, 0), AfternoonBegins = new(13, 30);

    private readonly TimeOnly? _now;

    public DemoCalendar(SchoolYear year, DateOnly today, TimeOnly? now = null)
    {
        _now = now;
        ArgumentNullException.ThrowIfNull(year);
        var opening = new DateOnly(year.FirstYear, 9, 5);
        FirstSchoolDay = opening.AddDays(((int)DayOfWeek.Monday - (int)opening.DayOfWeek + 7) % 7);
        Year = year;
        Today = today;
        var endOfTeaching = new DateOnly(year.FirstYear + 1, 5, 31);
        var last = today < endOfTeaching ? today : endOfTeaching;
        for (var day = FirstSchoolDay; day <= last; day = day.AddDays(1))
            if (IsSchoolDay(day)) _days.Add(day);
    }

    public SchoolYear Year { get; }

    public DateOnly FirstSchoolDay { get; }

    public DateOnly Today { get; }

    public IReadOnlyList<DateOnly> SchoolDays => _days;

    /// <summary>A school day from <paramref name="from"/> to <paramref name="to"/>, both included; null when there is none.</summary>
    public DateOnly? RandomDay(Random random, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(random);
        var first = IndexOfFirstOnOrAfter(from);
        var end = IndexOfFirstOnOrAfter(to.AddDays(1));
        return end > first ? _days[random.Next(first, end)] : null;
    }

    /// <summary>The school days from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public IReadOnlyList<DateOnly> Between(DateOnly from, DateOnly to)
    {
        var first = IndexOfFirstOnOrAfter(from);
        var end = IndexOfFirstOnOrAfter(to.AddDays(1));
        return end > first ? _days.GetRange(first, end - first) : [];
    }

    private int IndexOfFirstOnOrAfter(DateOnly day)
    {
        var index = _days.BinarySearch(day);
        return index >= 0 ? index : ~index;
    }

    /// <summary>Whether the session has begun by the demo's now: every one before today, today's by the clock.</summary>
    public bool HasBegun(DateOnly date, DaySession session) =>
        date < Today || (date == Today && (_now is not { } now || now >= (session == DaySession.Morning ? MorningBegins : AfternoonBegins)));

    /// <summary>Whole weeks of term II behind the demo's today; negative while term II has not begun.</summary>
    public int WeeksIntoTermTwo => Today < Year.TermTwoStartsOn ? -1 : (Today.DayNumber - Year.TermTwoStartsOn.DayNumber) / 7;

    /// <summary>Sundays are off, and so are Vietnamese Teachers' Day (20/11) and New Year's Day.</summary>
    private static bool IsSchoolDay(DateOnly day) =>
        day.DayOfWeek != DayOfWeek.Sunday && !(day.Month == 11 && day.Day == 20) && !(day.Month == 1 && day.Day == 1);
}
