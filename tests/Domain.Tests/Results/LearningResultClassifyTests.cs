using SoLienLac.Domain.Common;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Tests.Builders;

namespace SoLienLac.Domain.Tests.Results;

/// <summary>The four levels before any adjustment; averages are the eight scored subjects in catalogue order.</summary>
public class LearningResultClassifyTests
{
    [Theory]
    // Tốt: every comment Đạt, every score ≥ 6.5, at least 6 of them ≥ 8.0.
    [InlineData("8 8 8 8 8 8 6.5 6.5", 0, Level.Tot)]
    [InlineData("10 10 10 10 10 10 10 10", 0, Level.Tot)]
    [InlineData("8 8 8 8 8 8 6.5 6.4", 0, Level.Kha)]
    [InlineData("8 8 8 8 8 7.9 7.9 7.9", 0, Level.Kha)]
    [InlineData("8 8 8 8 8 8 8 8", 1, Level.Dat)]
    // Khá: every comment Đạt, every score ≥ 5.0, at least 6 of them ≥ 6.5.
    [InlineData("6.5 6.5 6.5 6.5 6.5 6.5 5 5", 0, Level.Kha)]
    [InlineData("6.5 6.5 6.5 6.5 6.5 6.5 5 4.9", 0, Level.Dat)]
    [InlineData("6.5 6.5 6.5 6.5 6.5 6.4 6.4 6.4", 0, Level.Dat)]
    [InlineData("6.5 6.5 6.5 6.5 6.5 6.5 5 5", 1, Level.Dat)]
    // Đạt: at most one comment Chưa đạt, at least 6 scores ≥ 5.0, none below 3.5.
    [InlineData("5 5 5 5 5 5 3.5 3.5", 0, Level.Dat)]
    [InlineData("5 5 5 5 5 5 3.5 3.5", 1, Level.Dat)]
    [InlineData("5 5 5 5 5 4.9 4.9 4.9", 0, Level.ChuaDat)]
    [InlineData("5 5 5 5 5 5 3.5 3.4", 0, Level.ChuaDat)]
    [InlineData("5 5 5 5 5 5 5 5", 2, Level.ChuaDat)]
    [InlineData("0 0 0 0 0 0 0 0", 5, Level.ChuaDat)]
    public void Classify_AppliesTheThresholdsOfEachLevel(string averages, int commentsFailed, Level expected)
    {
        var subjects = new SubjectResultsBuilder().WithAverages(averages).WithCommentsFailed(commentsFailed).Build();

        Assert.Equal(expected, LearningResult.Classify(subjects));
    }

    [Theory]
    [InlineData("8 8 8 8 8 8 6.5 6.5", 0, Level.Tot)]
    [InlineData("8 8 8 8 8 7.9 7.9 7.9", 0, Level.Kha)]
    [InlineData("6.5 6.5 6.5 6.5 6.5 6.5 5 4.9", 0, Level.Dat)]
    [InlineData("6.5 6.5 6.5 6.5 6.5 6.4 6.4 6.4", 0, Level.Dat)]
    [InlineData("6.5 6.5 6.5 6.5 6.5 6.5 5 5", 1, Level.Dat)]
    [InlineData("5 5 5 5 5 5 3.5 3.5", 1, Level.Dat)]
    [InlineData("5 5 5 5 5 4.9 4.9 4.9", 0, Level.ChuaDat)]
    [InlineData("5 5 5 5 5 5 3.5 3.4", 0, Level.ChuaDat)]
    [InlineData("5 5 5 5 5 5 5 5", 2, Level.ChuaDat)]
    public void Evaluate_KeepsTheLevel_WhenNoSingleSubjectHoldsItTwoLevelsDown(string averages, int commentsFailed, Level expected)
    {
        var subjects = new SubjectResultsBuilder().WithAverages(averages).WithCommentsFailed(commentsFailed).Build();

        Assert.Equal(expected, LearningResult.Evaluate(subjects));
    }

    [Fact]
    public void Evaluate_IsUnknown_WhileAScoredSubjectHasNoAverage() =>
        Assert.Null(LearningResult.Evaluate(
            new SubjectResultsBuilder().WithAverage(SubjectResultsBuilder.Scored[^1], null).Build()));

    [Fact]
    public void Evaluate_IsUnknown_WhileACommentSubjectIsUndecided() =>
        Assert.Null(LearningResult.Evaluate(
            new SubjectResultsBuilder().WithComment(SubjectResultsBuilder.Commented[0], null).Build()));

    [Fact]
    public void Evaluate_IsUnknown_EvenWhenAnotherSubjectAlreadyFails() =>
        Assert.Null(LearningResult.Evaluate(new SubjectResultsBuilder()
            .WithAverages("0 0 0 0 0 0 0 0")
            .WithComment(SubjectResultsBuilder.Commented[0], null)
            .Build()));

    [Fact]
    public void Evaluate_IsUnknown_WithoutSubjects() =>
        Assert.Null(LearningResult.Evaluate([]));
}
