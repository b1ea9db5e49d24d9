using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Tests.Builders;

namespace SoLienLac.Domain.Tests.Results;

public class TermAverageTests
{
    // One column at a time, the others at 0: a regular counts once, the mid-term twice, the final thrice.
    public static TheoryData<decimal[], decimal, decimal, decimal> OneColumnAtATime => new()
    {
        { [7, 0], 0, 0, 1.0m },
        { [0, 0], 7, 0, 2.0m },
        { [0, 0], 0, 7, 3.0m },
        { [8, 0, 0], 0, 0, 1.0m },
        { [0, 0, 0], 8, 0, 2.0m },
        { [0, 0, 0], 0, 8, 3.0m },
        { [9, 0, 0, 0], 0, 0, 1.0m },
        { [0, 0, 0, 0], 9, 0, 2.0m },
        { [0, 0, 0, 0], 0, 9, 3.0m },
    };

    [Theory]
    [MemberData(nameof(OneColumnAtATime))]
    public void TermAverage_WeighsMidTermTwiceAndFinalThrice(decimal[] regular, decimal midTerm, decimal endOfTerm, decimal expected) =>
        Assert.Equal(expected, SubjectAverages.TermAverage(ScoreList.Of(regular), Score.Of(midTerm), Score.Of(endOfTerm), regular.Length));

    // (Σ tx + 2 gk + 3 ck) / (n + 5) for 2, 3 and 4 regular assessments.
    public static TheoryData<decimal[], decimal, decimal, decimal> WorkedCases => new()
    {
        { [7, 8], 9, 10, 9.0m },          // 63 / 7
        { [6, 7, 8], 9, 10, 8.6m },       // 69 / 8 = 8.625
        { [5, 6, 7, 8], 9, 10, 8.2m },    // 74 / 9 = 8.22…
        { [6.5m, 6.5m], 6.5m, 6.5m, 6.5m },
        { [4, 4, 4], 4, 4, 4.0m },
        { [10, 10, 10, 10], 10, 10, 10.0m },
        { [0, 0], 0, 0, 0.0m },
    };

    [Theory]
    [MemberData(nameof(WorkedCases))]
    public void TermAverage_DividesByRegularCountPlusFive(decimal[] regular, decimal midTerm, decimal endOfTerm, decimal expected) =>
        Assert.Equal(expected, SubjectAverages.TermAverage(ScoreList.Of(regular), Score.Of(midTerm), Score.Of(endOfTerm), regular.Length));

    [Fact]
    public void TermAverage_RoundsExactlyHalfUp_WhenSumOverDivisorIsEightPointTwoFive() =>
        Assert.Equal(8.3m, SubjectAverages.TermAverage(ScoreList.Of(9, 9, 8), Score.Of(8), Score.Of(8), 3)); // 66 / 8 = 8.25

    [Fact]
    public void TermAverage_RoundsDown_WhenJustBelowTheHalf() =>
        Assert.Equal(8.2m, SubjectAverages.TermAverage(ScoreList.Of(9, 9, 8, 8.2m), Score.Of(8), Score.Of(8), 4)); // 74.2 / 9 = 8.244…

    [Fact]
    public void TermAverage_CountsEveryRegularAssessmentEntered_WhenMoreThanRequired() =>
        Assert.Equal(9.0m, SubjectAverages.TermAverage(ScoreList.Of(10, 10, 10, 1), Score.Of(10), Score.Of(10), 3)); // 81 / 9

    [Fact]
    public void TermAverage_IsNull_WithoutMidTerm() =>
        Assert.Null(SubjectAverages.TermAverage(ScoreList.Of(8, 8), null, Score.Of(8), 2));

    [Fact]
    public void TermAverage_IsNull_WithoutEndOfTerm() =>
        Assert.Null(SubjectAverages.TermAverage(ScoreList.Of(8, 8), Score.Of(8), null, 2));

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(3, 4)]
    public void TermAverage_IsNull_WithFewerRegularAssessmentsThanRequired(int entered, int required) =>
        Assert.Null(SubjectAverages.TermAverage(ScoreList.Of(Enumerable.Repeat(8m, entered).ToArray()), Score.Of(8), Score.Of(8), required));
}
