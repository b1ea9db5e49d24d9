using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Tests.Builders;

/// <summary>Conduct levels and absences of one student, as the homeroom teacher records them.</summary>
public sealed class RecordsBuilder(string student)
{
    private readonly StudentCode _student = StudentCode.Parse(student);
    private readonly List<ConductRecord> _conduct = [];
    private readonly List<Absence> _absences = [];

    public RecordsBuilder Conduct(Term term, Level level)
    {
        _conduct.Add(new ConductRecord(_student, term, level));
        return this;
    }

    public RecordsBuilder Absent(DateOnly date, DaySession session, bool excused)
    {
        _absences.Add(new Absence(_student, date, session, excused));
        return this;
    }

    /// <summary>Both sessions of <paramref name="days"/> days in a row from <paramref name="from"/>, mornings excused.</summary>
    public RecordsBuilder AbsentWholeDays(DateOnly from, int days)
    {
        for (var d = 0; d < days; d++)
        {
            Absent(from.AddDays(d), DaySession.Morning, true);
            Absent(from.AddDays(d), DaySession.Afternoon, false);
        }
        return this;
    }

    public IReadOnlyList<ConductRecord> BuildConduct() => _conduct.ToList();

    public IReadOnlyList<Absence> BuildAbsences() => _absences.ToList();
}
