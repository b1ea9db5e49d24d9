using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Tests.Builders;

namespace SoLienLac.Domain.Tests.Results;

public class StudentYearResultsTests
{
    private static readonly SchoolYear Year = SchoolYear.Starting(2026);

    [Fact]
    public void Compute_ForTheYear_AwardsTheTitleAndPromotes()
    {
        var marks = new MarksBuilder("HS0001").CompleteTerm(Term.I, 6, 8).CompleteTerm(Term.II, 6, 9.5m).Build();
        var records = new RecordsBuilder("HS0001").Conduct(Term.I, Level.Kha).Conduct(Term.II, Level.Tot);

        var results = StudentResults.Compute(new StudentBuilder().Build(), Year, null, marks, records.BuildConduct(), []);

        Assert.Null(results.Term);
        Assert.Equal(9.0m, results.Subjects.Single(s => s.Subject == SubjectCatalog.Toan).Average); // (8 + 19) / 3
        Assert.Equal(Level.Tot, results.Learning);
        Assert.Equal(Level.Tot, results.Conduct); // term II Tốt after term I Khá
        Assert.Equal(Title.HocSinhXuatSac, results.Title);
        Assert.True(results.Promoted);
    }

    [Fact]
    public void Compute_ForTheYear_CountsEveryAbsenceOfTheSchoolYear()
    {
        var absences = new RecordsBuilder("HS0001")
            .Absent(new DateOnly(2026, 7, 31), DaySession.Morning, false)    // the year before
            .Absent(new DateOnly(2026, 11, 23), DaySession.Morning, true)
            .Absent(new DateOnly(2027, 1, 18), DaySession.Morning, false)
            .Absent(new DateOnly(2027, 5, 20), DaySession.Afternoon, false)
            .Absent(new DateOnly(2027, 8, 1), DaySession.Morning, true)      // the year after
            .BuildAbsences();

        var results = StudentResults.Compute(new StudentBuilder().Build(), Year, null, [], [], absences);

        Assert.Equal(new AbsenceTally(1, 2), results.Absences);
    }

    [Fact]
    public void Compute_ForTheYear_KeepsDownAStudentAbsentMoreThan45Sessions()
    {
        var marks = new MarksBuilder("HS0001").CompleteTerm(Term.I, 6, 8).CompleteTerm(Term.II, 6, 8).Build();
        var records = new RecordsBuilder("HS0001")
            .Conduct(Term.I, Level.Tot).Conduct(Term.II, Level.Tot)
            .AbsentWholeDays(new DateOnly(2026, 10, 1), 23);

        var results = StudentResults.Compute(new StudentBuilder().Build(), Year, null, marks,
            records.BuildConduct(), records.BuildAbsences());

        Assert.Equal(46, results.Absences.Total);
        Assert.Equal(Title.HocSinhGioi, results.Title);
        Assert.False(results.Promoted);
    }

    [Fact]
    public void Compute_ForTheYear_LeavesLearningAndPromotionUnknown_WhileTermTwoIsIncomplete()
    {
        var marks = new MarksBuilder("HS0001").CompleteTerm(Term.I, 6, 8).Build();
        var records = new RecordsBuilder("HS0001").Conduct(Term.I, Level.Tot).Conduct(Term.II, Level.Tot);

        var results = StudentResults.Compute(new StudentBuilder().Build(), Year, null, marks, records.BuildConduct(), []);

        Assert.Null(results.Learning);
        Assert.Equal(Level.Tot, results.Conduct);
        Assert.Null(results.Title);
        Assert.Null(results.Promoted);
    }
}
