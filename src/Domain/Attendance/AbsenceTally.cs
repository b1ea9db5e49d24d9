using SoLienLac.Domain.Calendar;

namespace SoLienLac.Domain.Attendance;

/// <summary>Sessions absent, excused and unexcused, over a term or a year.</summary>
public readonly record struct AbsenceTally(int Excused, int Unexcused)
{
    public int Total => Excused + Unexcused;

    public static AbsenceTally Count(IEnumerable<Absence> absences) =>
        absences.Aggregate(new AbsenceTally(0, 0), (t, a) => a.Excused ? t with { Excused = t.Excused + 1 } : t with { Unexcused = t.Unexcused + 1 });

    public static AbsenceTally Count(IEnumerable<Absence> absences, SchoolYear year, Term? term) =>
        Count(absences.Where(a => term is { } t ? year.IsIn(a.Date, t) : year.Contains(a.Date)));
}
