using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Demo;

/// <summary>
/// Marks for every subject of the programme. Term I is complete: exactly the regular assessments
/// the subject needs in the student's grade, the mid-term and the end-of-term. Term II holds what
/// the demo's today has reached (nothing with the default today, 23/11, which falls in term I).
/// Scores bunch around the student's ability, shifted a little per subject, so results spread over
/// all four levels. Students who left have only the first regular marks, from before they went.
/// </summary>
internal static class DemoGradebook
{
    public static void Write(List<Assessment> assessments, Random random, DemoProfile student, DemoCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(calendar);
        var weeks = student.IsStudying ? calendar.WeeksIntoTermTwo : -1;
        foreach (var subject in SubjectCatalog.Secondary)
        {
            var regular = subject.RegularAssessments(student.Class.Grade);
            var mean = student.Ability + Bias(subject) + (0.5 * random.NextNormal());
            if (!student.IsStudying)
            {
                var taken = 1 + random.Next(2);
                for (var i = 1; i <= taken; i++)
                    assessments.Add(Draw(random, student, subject, Term.I, Column.Regular(i), mean));
                continue;
            }
            WriteTerm(assessments, random, student, subject, Term.I, mean, regular, midTerm: true, endOfTerm: true);
            // Term II as of today: a regular check every three weeks from week 2, mid-term in week 9, end of term in week 16.
            if (weeks < 0) continue;
            WriteTerm(assessments, random, student, subject, Term.II, mean, Math.Min(regular, (weeks + 1) / 3), weeks >= 9, weeks >= 16);
        }
    }

    private static void WriteTerm(List<Assessment> assessments, Random random, DemoProfile student, Subject subject,
        Term term, double mean, int regular, bool midTerm, bool endOfTerm)
    {
        for (var i = 1; i <= regular; i++)
            assessments.Add(Draw(random, student, subject, term, Column.Regular(i), mean));
        if (midTerm) assessments.Add(Draw(random, student, subject, term, Column.MidTerm, mean));
        if (endOfTerm) assessments.Add(Draw(random, student, subject, term, Column.EndOfTerm, mean));
    }

    private static Assessment Draw(Random random, DemoProfile student, Subject subject, Term term, Column column, double mean)
    {
        if (!subject.IsScored)
            return Assessment.Create(student.Code, subject, term, column, Mark.Comment(!random.Chance(ChanceOfChuaDat(student))));
        var regular = column.Kind == AssessmentKind.Regular;
        var value = Math.Clamp(mean + ((regular ? 0.9 : 0.8) * random.NextNormal()), 0.0, 10.0);
        // Regular checks are marked in whole or half points; written tests to one decimal.
        var tenths = regular
            ? 5 * (int)Math.Round(value * 2, MidpointRounding.AwayFromZero)
            : (int)Math.Round(value * 10, MidpointRounding.AwayFromZero);
        return Assessment.Create(student.Code, subject, term, column, Mark.Of(Score.Of(tenths / 10m)));
    }

    /// <summary>Rare, and mostly for weak students: one CĐ makes the subject Chưa đạt for the term.</summary>
    private static double ChanceOfChuaDat(DemoProfile student) => student.Ability switch
    {
        < 5.0 => 0.03,
        < 6.0 => 0.004,
        _ => 0.0005,
    };

    private static double Bias(Subject subject) =>
        subject == SubjectCatalog.Toan ? -0.3
        : subject == SubjectCatalog.TiengAnh || subject == SubjectCatalog.KhoaHocTuNhien ? -0.2
        : subject == SubjectCatalog.NguVan ? -0.1
        : subject == SubjectCatalog.GiaoDucCongDan ? 0.5
        : subject == SubjectCatalog.CongNghe || subject == SubjectCatalog.TinHoc ? 0.35
        : 0.0;
}
