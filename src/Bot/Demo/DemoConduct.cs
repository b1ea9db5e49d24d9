using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Records;

namespace SoLienLac.Bot.Demo;

/// <summary>
/// The homeroom teacher's training result for every student still studying (mostly Tốt or Khá,
/// some Đạt, a rare Chưa đạt): term I always, term II once the demo's today reaches its last weeks.
/// A remark for about one student in twelve, always for HS0001 and for those who miss many
/// sessions, dated in the four weeks before the demo's today.
/// </summary>
internal static class DemoConduct
{
    public static void Write(ChangeSet changes, Random random, DemoProfile student, DemoCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(calendar);
        if (!student.IsStudying) return;
        var level = LevelFor(student.Diligence);
        changes.Conduct.Add(new ConductRecord(student.Code, Term.I, level));
        if (calendar.WeeksIntoTermTwo >= 17)
            changes.Conduct.Add(new ConductRecord(student.Code, Term.II, LevelFor((0.8 * student.Diligence) + (0.2 * random.NextDouble()))));

        if (student.Number != 1 && !student.IsOftenAbsent && !random.Chance(1.0 / 12)) return;
        var date = calendar.RandomDay(random, calendar.Today.AddDays(-27), calendar.Today) ?? calendar.Today;
        var text = DemoRemarks.For(random, student, level);
        // Built with its constructor, not Remark.Write, so that the id comes from the seed as well.
        changes.Remarks.Add(new Remark(random.NextGuid(), student.Code, calendar.Year.TermOf(date), date,
            DemoFaculty.HomeroomCode(student.Class), text));
    }

    private static Level LevelFor(double diligence) => diligence switch
    {
        < 0.62 => Level.Tot,
        < 0.88 => Level.Kha,
        < 0.99 => Level.Dat,
        _ => Level.ChuaDat,
    };
}
