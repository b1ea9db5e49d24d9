using SoLienLac.Domain.Grades;

namespace SoLienLac.Domain.Tests.Grades;

public class ScoreTests
{
    public static TheoryData<string, decimal> Valid => new()
    {
        { "8,5", 8.5m },
        { "8.5", 8.5m },
        { " 7,2 ", 7.2m },
        { "10", 10m },
        { "10.0", 10m },
        { "0", 0m },
        { "9,50", 9.5m },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void TryParse_ReadsCommaOrPointAsTheDecimalMark(string text, decimal expected)
    {
        Assert.Null(Score.TryParse(text, out var score));
        Assert.Equal(expected, score.Value);
    }

    [Theory]
    [InlineData("11", ScoreProblem.OutOfRange)]
    [InlineData("10.1", ScoreProblem.OutOfRange)]
    [InlineData("-1", ScoreProblem.OutOfRange)]
    [InlineData("8.55", ScoreProblem.TooManyDecimals)]
    [InlineData("8,55", ScoreProblem.TooManyDecimals)]
    [InlineData("abc", ScoreProblem.NotANumber)]
    [InlineData("8.5.1", ScoreProblem.NotANumber)]
    [InlineData("1e1", ScoreProblem.NotANumber)]
    [InlineData("Đ", ScoreProblem.NotANumber)]
    [InlineData("", ScoreProblem.Missing)]
    [InlineData("  ", ScoreProblem.Missing)]
    [InlineData(null, ScoreProblem.Missing)]
    public void TryParse_SaysWhyTheTextIsNotAScore(string? text, ScoreProblem expected) =>
        Assert.Equal(expected, Score.TryParse(text, out _));

    [Theory]
    [InlineData("8.5", "8,5", "8.5")]
    [InlineData("8", "8", "8")]
    [InlineData("10", "10", "10")]
    [InlineData("0,5", "0,5", "0.5")]
    public void Formats_WithACommaForPeopleAndAPointForFiles(string text, string vietnamese, string file)
    {
        Score.TryParse(text, out var score);

        Assert.Equal(vietnamese, score.ToVietnamese());
        Assert.Equal(file, score.ToString());
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(10.5)]
    [InlineData(8.55)]
    public void Of_RefusesAnInvalidScore(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Score.Of((decimal)value));

    [Fact]
    public void Scores_CompareByValue()
    {
        Assert.True(Score.Of(8.5m) > Score.Of(8m));
        Assert.Equal(Score.Of(8.5m), Score.Of(8.50m));
    }
}
