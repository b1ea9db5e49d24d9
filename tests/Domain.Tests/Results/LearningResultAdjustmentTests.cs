using SoLienLac.Domain.Common;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Tests.Builders;

namespace SoLienLac.Domain.Tests.Results;

/// <summary>
/// "When the result falls two or more levels below Tốt or Khá because of one single subject, it is
/// raised to the next level up." Each row gives the level before and after the adjustment.
/// </summary>
public class LearningResultAdjustmentTests
{
    [Theory]
    // Tốt but for one score below 5.0: Đạt, raised to Khá.
    [InlineData("9 9 9 9 9 9 9 4.9", 0, Level.Dat, Level.Kha)]
    [InlineData("9 9 9 9 9 9 9 3.5", 0, Level.Dat, Level.Kha)]
    [InlineData("4.9 8 8 8 8 8 8 8", 0, Level.Dat, Level.Kha)]
    // Tốt but for one score below 3.5: Chưa đạt, raised to Đạt.
    [InlineData("9 9 9 9 9 9 9 3.4", 0, Level.ChuaDat, Level.Dat)]
    [InlineData("9 9 9 9 9 9 9 0", 0, Level.ChuaDat, Level.Dat)]
    // Tốt but for one comment subject Chưa đạt: Đạt, raised to Khá.
    [InlineData("9 9 9 9 9 9 9 9", 1, Level.Dat, Level.Kha)]
    // Khá but for one score below 3.5: Chưa đạt, raised to Đạt.
    [InlineData("7 7 7 7 7 7 7 3.4", 0, Level.ChuaDat, Level.Dat)]
    public void Evaluate_RaisesOneLevel_WhenOneSubjectHoldsTheResultTwoLevelsDown(
        string averages, int commentsFailed, Level classified, Level evaluated)
    {
        var subjects = new SubjectResultsBuilder().WithAverages(averages).WithCommentsFailed(commentsFailed).Build();

        Assert.Equal(classified, LearningResult.Classify(subjects));
        Assert.Equal(evaluated, LearningResult.Evaluate(subjects));
    }

    [Theory]
    // Tốt but for one score of 6.0: only one level down, to Khá.
    [InlineData("9 9 9 9 9 9 9 6", 0, Level.Kha)]
    // Khá but for one score below 5.0: only one level down, to Đạt.
    [InlineData("7 7 7 7 7 7 7 4.9", 0, Level.Dat)]
    // Khá but for one comment subject Chưa đạt: only one level down, to Đạt.
    [InlineData("7 7 7 7 7 7 7 7", 1, Level.Dat)]
    public void Evaluate_DoesNotAdjust_WhenOneSubjectCostsOnlyOneLevel(string averages, int commentsFailed, Level expected)
    {
        var subjects = new SubjectResultsBuilder().WithAverages(averages).WithCommentsFailed(commentsFailed).Build();

        Assert.Equal(expected, LearningResult.Classify(subjects));
        Assert.Equal(expected, LearningResult.Evaluate(subjects));
    }

    [Theory]
    // Tốt but for two scores below 5.0.
    [InlineData("9 9 9 9 9 9 4.9 4.9", 0, Level.Dat)]
    // Tốt but for two scores below 3.5.
    [InlineData("9 9 9 9 9 9 3.4 3.4", 0, Level.ChuaDat)]
    // Tốt but for one score below 5.0 and one comment subject Chưa đạt.
    [InlineData("9 9 9 9 9 9 9 4.9", 1, Level.Dat)]
    // Tốt but for two comment subjects Chưa đạt.
    [InlineData("9 9 9 9 9 9 9 9", 2, Level.ChuaDat)]
    // Khá but for one score below 3.5 and one comment subject Chưa đạt.
    [InlineData("7 7 7 7 7 7 7 3.4", 1, Level.ChuaDat)]
    public void Evaluate_DoesNotAdjust_WhenTwoSubjectsCauseTheFall(string averages, int commentsFailed, Level expected)
    {
        var subjects = new SubjectResultsBuilder().WithAverages(averages).WithCommentsFailed(commentsFailed).Build();

        Assert.Equal(expected, LearningResult.Classify(subjects));
        Assert.Equal(expected, LearningResult.Evaluate(subjects));
    }
}
