using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Tests.Builders;

namespace SoLienLac.Domain.Tests.Results;

public class YearAverageTests
{
    public static TheoryData<decimal, decimal, decimal> WorkedCases => new()
    {
        { 6.0m, 9.0m, 8.0m },   // 24 / 3
        { 9.0m, 6.0m, 7.0m },   // 21 / 3: term II weighs twice
        { 8.3m, 8.3m, 8.3m },
        { 7.0m, 8.0m, 7.7m },   // 23 / 3 = 7.66…
        { 8.0m, 7.0m, 7.3m },   // 22 / 3 = 7.33…
        { 6.3m, 8.8m, 8.0m },   // 23.9 / 3 = 7.96…
    };

    [Theory]
    [MemberData(nameof(WorkedCases))]
    public void YearAverage_WeighsTermTwoTwice(decimal termOne, decimal termTwo, decimal expected) =>
        Assert.Equal(expected, SubjectAverages.YearAverage(termOne, termTwo));

    [Fact]
    public void YearAverage_UsesTheRoundedTermAverages()
    {
        // Term I is 50 / 8 = 6.25 → 6.3 and term II 70 / 8 = 8.75 → 8.8. From the rounded averages the
        // year is 23.9 / 3 = 7.97 → 8.0; from the unrounded ones it would be 23.75 / 3 = 7.92 → 7.9.
        var termOne = SubjectAverages.TermAverage(ScoreList.Of(6, 6, 5), Score.Of(6), Score.Of(7), 3);
        var termTwo = SubjectAverages.TermAverage(ScoreList.Of(9, 8, 8), Score.Of(9), Score.Of(9), 3);

        Assert.Equal(6.3m, termOne);
        Assert.Equal(8.8m, termTwo);
        Assert.Equal(8.0m, SubjectAverages.YearAverage(termOne, termTwo));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void YearAverage_IsNull_WhenATermAverageIsMissing(bool hasTermOne, bool hasTermTwo) =>
        Assert.Null(SubjectAverages.YearAverage(hasTermOne ? 8.0m : null, hasTermTwo ? 8.0m : null));
}
