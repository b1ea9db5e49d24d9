using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Conversations.Week;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Summaries;

namespace SoLienLac.Bot.Tests.Scheduling;

public sealed class WeekViewTests
{
    private static readonly Student Child = Student.Enrol(StudentCode.Parse("HS0001"), "Lê Quỳnh Hằng", new DateOnly(2015, 1, 1), ClassName.Parse("6A"));

    private static Assessment Mark(Term term, string score) =>
        Assessment.Create(Child.Code, SubjectCatalog.Toan, term, Column.Regular(1), Domain.Grades.Mark.Of(Score.Of(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void MarksOfBothTermsInOneWeek_SayWhichTermEachLineIs()
    {
        var week = SchoolWeek.Of(new DateOnly(2027, 1, 18));
        var marks = new[] { Mark(Term.I, "7"), Mark(Term.II, "9.5") };
        var digest = new WeekDigest(Child, week, marks, [], 0, [], []);

        var text = WeekView.Render(Catalogue.Vietnamese, digest, marks);

        Assert.Contains("• Toán (Học kì I): tx1 7", text);
        Assert.Contains("• Toán (Học kì II): tx1 9,5", text);
    }

    [Fact]
    public void MarksOfOneTerm_NeedNoTermOnTheLine()
    {
        var marks = new[] { Mark(Term.I, "8") };
        var digest = new WeekDigest(Child, SchoolWeek.Of(new DateOnly(2026, 11, 23)), marks, [], 0, [], []);

        Assert.Contains("• Toán: tx1 8", WeekView.Render(Catalogue.Vietnamese, digest, marks));
    }
}
