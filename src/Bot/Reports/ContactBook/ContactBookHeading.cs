using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>What every page of a class's contact book shares: the school, the year, the class and the term.</summary>
/// <param name="Term">Học kì I or II; null for the whole year (Cả năm).</param>
/// <param name="HomeroomTeacher">The homeroom teacher's full name, printed under the signature; null when none is assigned.</param>
/// <param name="PrintedOn">The day printed on the homeroom teacher's date line.</param>
public sealed record ContactBookHeading(
    string SchoolName,
    SchoolYear Year,
    ClassName ClassName,
    Term? Term,
    string? HomeroomTeacher,
    DateOnly PrintedOn)
{
    /// <summary>The authority the school answers to, printed above its name ("UBND QUẬN 1 — PHÒNG GD&ĐT"); null prints none.</summary>
    public string? Authority { get; init; }
}
