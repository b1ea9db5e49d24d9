namespace SoLienLac.Domain.Calendar;

/// <summary>
/// A school year such as "2026-2027". It is taken to run from 1 August to 31 July so that the
/// opening days in late August count; term II starts on <see cref="TermTwoStartsOn"/>.
/// </summary>
public sealed record SchoolYear
{
    private SchoolYear(int firstYear, DateOnly termTwoStartsOn)
    {
        FirstYear = firstYear;
        TermTwoStartsOn = termTwoStartsOn;
    }

    public int FirstYear { get; }

    public DateOnly TermTwoStartsOn { get; }

    public DateOnly StartsOn => new(FirstYear, 8, 1);

    public DateOnly EndsOn => new(FirstYear + 1, 7, 31);

    public string Name => $"{FirstYear}-{FirstYear + 1}";

    /// <summary>Term II defaults to the third Monday of January, close to the Ministry's usual calendar.</summary>
    public static SchoolYear Starting(int firstYear, DateOnly? termTwoStartsOn = null)
    {
        if (firstYear is < 2000 or > 2200)
            throw new ArgumentOutOfRangeException(nameof(firstYear), firstYear, "not a plausible school year");
        var termTwo = termTwoStartsOn ?? ThirdMondayOfJanuary(firstYear + 1);
        if (termTwo <= new DateOnly(firstYear, 8, 1) || termTwo > new DateOnly(firstYear + 1, 7, 31))
            throw new ArgumentOutOfRangeException(nameof(termTwoStartsOn), termTwo, "term II must start inside the year");
        return new SchoolYear(firstYear, termTwo);
    }

    /// <summary>Reads "2026-2027" (or just "2026").</summary>
    public static bool TryParse(string? text, out SchoolYear? year)
    {
        year = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-', StringSplitOptions.TrimEntries);
        if (!int.TryParse(parts[0], out var first) || first is < 2000 or > 2200) return false;
        if (parts.Length == 2 && (!int.TryParse(parts[1], out var second) || second != first + 1)) return false;
        if (parts.Length > 2) return false;
        year = Starting(first);
        return true;
    }

    /// <summary>The school year a date falls in: August onwards belongs to the year that starts then.</summary>
    public static SchoolYear Containing(DateOnly date) => Starting(date.Month >= 8 ? date.Year : date.Year - 1);

    public bool Contains(DateOnly date) => date >= StartsOn && date <= EndsOn;

    public Term TermOf(DateOnly date) => date < TermTwoStartsOn ? Term.I : Term.II;

    public bool IsIn(DateOnly date, Term term) => Contains(date) && TermOf(date) == term;

    public override string ToString() => Name;

    private static DateOnly ThirdMondayOfJanuary(int year)
    {
        var first = new DateOnly(year, 1, 1);
        var offset = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 14);
    }
}
