using Microsoft.Extensions.Options;
using SoLienLac.Domain.Calendar;

namespace SoLienLac.Bot.School;

/// <summary>Today, now and the current school year in the school's time zone, from the injected clock.</summary>
public sealed class SchoolCalendar(TimeProvider clock, IOptions<SchoolOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public TimeZoneInfo Zone => _zone;

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), _zone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public DateTimeOffset ToLocal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, _zone);

    /// <summary>Midnight at the school starting that day.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }

    public SchoolYear Year => YearStarting(options.Value.TermTwoStartsOn);

    /// <summary>The current school year as a school keeps it: its own first day of term II.</summary>
    public SchoolYear YearOf(SchoolProfile school)
    {
        ArgumentNullException.ThrowIfNull(school);
        return YearStarting(school.TermTwoStartsOn);
    }

    /// <summary>Today's term as a school keeps it (its own first day of term II).</summary>
    public Term CurrentTermOf(SchoolProfile school) => YearOf(school).TermOf(Today);

    /// <summary>Whether the date falls in a term of the school's year whose books the school has closed.</summary>
    public bool IsClosed(DateOnly date, SchoolProfile school)
    {
        ArgumentNullException.ThrowIfNull(school);
        var year = YearOf(school);
        return year.Contains(date) && school.IsClosed(year.TermOf(date));
    }

    private SchoolYear YearStarting(DateOnly? termTwoStartsOn)
    {
        var configured = options.Value.Year;
        var first = SchoolYear.TryParse(configured, out var parsed) ? parsed!.FirstYear : SchoolYear.Containing(Today).FirstYear;
        return SchoolYear.Starting(first, termTwoStartsOn);
    }

    public Term CurrentTerm => Year.TermOf(Today);

    public bool IsClosed(Term term) => options.Value.ClosedTerms.Contains((int)term);

    /// <summary>Whether the date falls in a term of this school year whose books are closed.</summary>
    public bool IsClosed(DateOnly date) => Year.Contains(date) && IsClosed(Year.TermOf(date));

    /// <summary>A weekday the school teaches: Monday to Friday, and Saturday unless <c>School:SaturdayClasses</c> is false.</summary>
    public bool IsSchoolDay(DateOnly date) =>
        date.DayOfWeek != DayOfWeek.Sunday && (date.DayOfWeek != DayOfWeek.Saturday || options.Value.SaturdayClasses);

    /// <summary>The school's telephone for urgent matters, if it gave one.</summary>
    public string? Phone => string.IsNullOrWhiteSpace(options.Value.Phone) ? null : options.Value.Phone.Trim();
}
