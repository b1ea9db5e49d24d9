using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Tests.Builders;

namespace SoLienLac.Domain.Tests.Results;

public class SubjectResultFromMarksTests
{
    [Fact]
    public void ForTerm_AveragesTheSubjectsOwnColumns()
    {
        var marks = new MarksBuilder("HS0001")
            .Scores(SubjectCatalog.Toan, Term.I, [5, 6, 7, 8], 9, 10)
            .Scores(SubjectCatalog.NguVan, Term.I, [1, 1, 1, 1], 1, 1)
            .Build();

        var result = SubjectAverages.ForTerm(SubjectCatalog.Toan, 6, marks);

        Assert.Equal(8.2m, result.Average); // 74 / 9
        Assert.True(result.IsKnown);
    }

    [Fact]
    public void ForTerm_IsUnknown_WhileAScoredSubjectLacksARegularAssessment()
    {
        var marks = new MarksBuilder("HS0001").Scores(SubjectCatalog.Toan, Term.I, [8, 8, 8], 8, 8).Build();

        var result = SubjectAverages.ForTerm(SubjectCatalog.Toan, 6, marks);

        Assert.Null(result.Average);
        Assert.False(result.IsKnown);
    }

    [Theory]
    [InlineData(9, 2, false)]
    [InlineData(9, 3, true)]
    [InlineData(6, 2, true)]
    [InlineData(8, 2, true)]
    public void ForTerm_NeedsMoreRegularAssessmentsForCongNgheInGradeNine(int grade, int regular, bool known)
    {
        var marks = new MarksBuilder("HS0001")
            .Scores(SubjectCatalog.CongNghe, Term.I, Enumerable.Repeat(7m, regular).ToArray(), 7, 7)
            .Build();

        Assert.Equal(known, SubjectAverages.ForTerm(SubjectCatalog.CongNghe, grade, marks).IsKnown);
    }

    [Theory]
    [InlineData(new[] { true, true }, true, true, true)]
    [InlineData(new[] { true, false }, true, true, false)]
    [InlineData(new[] { true }, true, true, null)]
    [InlineData(new[] { true }, null, false, false)]
    public void ForTerm_JudgesACommentSubjectFromItsMarks(bool[] regular, bool? midTerm, bool? endOfTerm, bool? expected)
    {
        var marks = new MarksBuilder("HS0001").Comments(SubjectCatalog.AmNhac, Term.I, regular, midTerm, endOfTerm).Build();

        var result = SubjectAverages.ForTerm(SubjectCatalog.AmNhac, 7, marks);

        Assert.Equal(expected, result.Passed);
        Assert.Null(result.Average);
    }

    [Fact]
    public void ForYear_AveragesAScoredSubjectsTerms() =>
        Assert.Equal(8.0m, SubjectAverages.ForYear(
            SubjectResult.Scored(SubjectCatalog.Toan, 6.0m), SubjectResult.Scored(SubjectCatalog.Toan, 9.0m)).Average);

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, true, true)]
    [InlineData(true, null, null)]
    public void ForYear_TakesTermTwoForACommentSubject(bool? termOne, bool? termTwo, bool? expected) =>
        Assert.Equal(expected, SubjectAverages.ForYear(
            SubjectResult.Commented(SubjectCatalog.TheDuc, termOne), SubjectResult.Commented(SubjectCatalog.TheDuc, termTwo)).Passed);
}
