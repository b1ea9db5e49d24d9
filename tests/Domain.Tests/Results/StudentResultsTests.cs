using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Tests.Builders;

namespace SoLienLac.Domain.Tests.Results;

public class StudentResultsTests
{
    private static readonly StudentCode Code = StudentCode.Parse("HS0001");

    private static readonly SchoolYear Year = SchoolYear.Starting(2026); // term II from Monday 18 January 2027

    private readonly Student _student = new StudentBuilder().WithCode("HS0001").InClass("6A").Build();

    [Fact]
    public void Compute_ForATerm_GivesTheTermsResultsWithoutTitleOrPromotion()
    {
        var marks = new MarksBuilder("HS0001").CompleteTerm(Term.I, 6, 9).CompleteTerm(Term.II, 6, 5).Build();

        var results = StudentResults.Compute(_student, Year, Term.I, marks, Conduct(Level.Kha, Level.Tot), Absences());

        Assert.Equal(Term.I, results.Term);
        Assert.Equal(13, results.Subjects.Count);
        Assert.All(results.Subjects.Where(s => s.Subject.IsScored), s => Assert.Equal(9.0m, s.Average));
        Assert.Equal(Level.Tot, results.Learning);
        Assert.Equal(Level.Kha, results.Conduct);
        Assert.Null(results.Title);
        Assert.Null(results.Promoted);
    }

    [Theory]
    [InlineData(Term.I, 1, 1)]
    [InlineData(Term.II, 0, 1)]
    public void Compute_ForATerm_CountsOnlyThatTermsAbsences(Term term, int excused, int unexcused)
    {
        var results = StudentResults.Compute(_student, Year, term, [], [], Absences());

        Assert.Equal(new AbsenceTally(excused, unexcused), results.Absences);
    }

    [Fact]
    public void Compute_ForTheYear_CountsEveryAbsenceOfTheSchoolYear()
    {
        var results = StudentResults.Compute(_student, Year, null, [], [], Absences());

        Assert.Equal(new AbsenceTally(1, 2), results.Absences);
    }

    [Fact]
    public void Compute_ForTheYear_AwardsTheTitleAndPromotes()
    {
        var marks = new MarksBuilder("HS0001").CompleteTerm(Term.I, 6, 8).CompleteTerm(Term.II, 6, 9.5m).Build();

        var results = StudentResults.Compute(_student, Year, null, marks, Conduct(Level.Kha, Level.Tot), Absences());

        Assert.Null(results.Term);
        Assert.Equal(9.0m, results.Subjects.Single(s => s.Subject == SubjectCatalog.Toan).Average); // (8 + 19) / 3
        Assert.Equal(Level.Tot, results.Learning);
        Assert.Equal(Level.Tot, results.Conduct); // term II Tốt, term I Khá
        Assert.Equal(Title.HocSinhXuatSac, results.Title);
        Assert.True(results.Promoted);
    }

    [Fact]
    public void Compute_ForTheYear_KeepsDownAStudentAbsentMoreThan45Sessions()
    {
        var marks = new MarksBuilder("HS0001").CompleteTerm(Term.I, 6, 8).CompleteTerm(Term.II, 6, 8).Build();
        var absences = Enumerable.Range(0, 23)
            .SelectMany(d => new[] { Absent(new DateOnly(2026, 10, 1).AddDays(d), DaySession.Morning, true), Absent(new DateOnly(2026, 10, 1).AddDays(d), DaySession.Afternoon, false) })
            .ToList();

        var results = StudentResults.Compute(_student, Year, null, marks, Conduct(Level.Tot, Level.Tot), absences);

        Assert.Equal(46, results.Absences.Total);
        Assert.Equal(Title.HocSinhGioi, results.Title);
        Assert.False(results.Promoted);
    }

    [Fact]
    public void Compute_ForTheYear_LeavesLearningAndPromotionUnknown_WhileTermTwoIsIncomplete()
    {
        var marks = new MarksBuilder("HS0001").CompleteTerm(Term.I, 6, 8).Build();

        var results = StudentResults.Compute(_student, Year, null, marks, Conduct(Level.Tot, Level.Tot), []);

        Assert.Null(results.Learning);
        Assert.Null(results.Title);
        Assert.Null(results.Promoted);
    }

    [Fact]
    public void Compute_UsesTheStudentsGradeForTheRegularAssessmentsNeeded()
    {
        // Công nghệ has 52 periods in grade 9, so three regular assessments; two are enough in grade 8.
        var gradeNine = new StudentBuilder().InClass("9A").Build();
        var gradeEight = new StudentBuilder().InClass("8A").Build();
        var marks = new MarksBuilder("HS0001").CompleteTerm(Term.I, 8, 8).Build();

        Assert.Equal(Level.Tot, StudentResults.Compute(gradeEight, Year, Term.I, marks, [], []).Learning);
        Assert.Null(StudentResults.Compute(gradeNine, Year, Term.I, marks, [], []).Learning);
    }

    private static List<ConductRecord> Conduct(Level termOne, Level termTwo) =>
        [new(Code, Term.I, termOne), new(Code, Term.II, termTwo)];

    private static List<Absence> Absences() =>
    [
        Absent(new DateOnly(2026, 7, 31), DaySession.Morning, false),   // the year before
        Absent(new DateOnly(2026, 11, 23), DaySession.Morning, true),
        Absent(new DateOnly(2027, 1, 17), DaySession.Afternoon, false), // last day of term I
        Absent(new DateOnly(2027, 1, 18), DaySession.Morning, false),   // first day of term II
        Absent(new DateOnly(2027, 8, 1), DaySession.Morning, true),     // the year after
    ];

    private static Absence Absent(DateOnly date, DaySession session, bool excused) => new(Code, date, session, excused);

}
