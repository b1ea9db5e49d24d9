using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Tests.Builders;

namespace SoLienLac.Domain.Tests.Results;

public class StudentTermResultsTests
{
    private static readonly SchoolYear Year = SchoolYear.Starting(2026); // term II from Monday 18 January 2027

    [Fact]
    public void Compute_ForATerm_GivesThatTermsResultsWithoutTitleOrPromotion()
    {
        var marks = new MarksBuilder("HS0001").CompleteTerm(Term.I, 6, 9).CompleteTerm(Term.II, 6, 5).Build();
        var records = new RecordsBuilder("HS0001").Conduct(Term.I, Level.Kha).Conduct(Term.II, Level.Tot);

        var results = StudentResults.Compute(new StudentBuilder().InClass("6A").Build(), Year, Term.I, marks,
            records.BuildConduct(), []);

        Assert.Equal(Term.I, results.Term);
        Assert.Equal(13, results.Subjects.Count);
        Assert.All(results.Subjects.Where(s => s.Subject.IsScored), s => Assert.Equal(9.0m, s.Average));
        Assert.All(results.Subjects.Where(s => !s.Subject.IsScored), s => Assert.True(s.Passed));
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
        var absences = new RecordsBuilder("HS0001")
            .Absent(new DateOnly(2026, 7, 31), DaySession.Morning, false)    // the year before
            .Absent(new DateOnly(2026, 11, 23), DaySession.Morning, true)
            .Absent(new DateOnly(2027, 1, 17), DaySession.Afternoon, false)  // last day of term I
            .Absent(new DateOnly(2027, 1, 18), DaySession.Morning, false)    // first day of term II
            .Absent(new DateOnly(2027, 8, 1), DaySession.Morning, true)      // the year after
            .BuildAbsences();

        var results = StudentResults.Compute(new StudentBuilder().Build(), Year, term, [], [], absences);

        Assert.Equal(new AbsenceTally(excused, unexcused), results.Absences);
    }

    [Fact]
    public void Compute_ForATerm_UsesTheStudentsGradeForTheRegularAssessmentsNeeded()
    {
        // Công nghệ has 52 periods in grade 9, so three regular assessments; two are enough in grade 8.
        var marks = new MarksBuilder("HS0001").CompleteTerm(Term.I, 8, 8).Build();

        var gradeEight = StudentResults.Compute(new StudentBuilder().InClass("8A").Build(), Year, Term.I, marks, [], []);
        var gradeNine = StudentResults.Compute(new StudentBuilder().InClass("9A").Build(), Year, Term.I, marks, [], []);

        Assert.Equal(Level.Tot, gradeEight.Learning);
        Assert.Null(gradeNine.Learning);
        Assert.False(gradeNine.Subjects.Single(s => s.Subject.Name == "Công nghệ").IsKnown);
    }

    [Fact]
    public void Compute_ForATerm_LeavesTrainingUnknown_UntilTheTeacherSetsIt() =>
        Assert.Null(StudentResults.Compute(new StudentBuilder().Build(), Year, Term.II, [], [], []).Conduct);
}
