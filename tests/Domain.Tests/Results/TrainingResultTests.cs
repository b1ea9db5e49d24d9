using SoLienLac.Domain.Common;
using SoLienLac.Domain.Results;

namespace SoLienLac.Domain.Tests.Results;

public class TrainingResultTests
{
    [Theory]
    // term II Tốt
    [InlineData(Level.Tot, Level.Tot, Level.Tot)]
    [InlineData(Level.Kha, Level.Tot, Level.Tot)]
    [InlineData(Level.Dat, Level.Tot, Level.Kha)]
    [InlineData(Level.ChuaDat, Level.Tot, Level.Kha)]
    // term II Khá
    [InlineData(Level.Tot, Level.Kha, Level.Kha)]
    [InlineData(Level.Kha, Level.Kha, Level.Kha)]
    [InlineData(Level.Dat, Level.Kha, Level.Kha)]
    [InlineData(Level.ChuaDat, Level.Kha, Level.Dat)]
    // term II Đạt
    [InlineData(Level.Tot, Level.Dat, Level.Kha)]
    [InlineData(Level.Kha, Level.Dat, Level.Dat)]
    [InlineData(Level.Dat, Level.Dat, Level.Dat)]
    [InlineData(Level.ChuaDat, Level.Dat, Level.Dat)]
    // term II Chưa đạt
    [InlineData(Level.Tot, Level.ChuaDat, Level.ChuaDat)]
    [InlineData(Level.Kha, Level.ChuaDat, Level.ChuaDat)]
    [InlineData(Level.Dat, Level.ChuaDat, Level.ChuaDat)]
    [InlineData(Level.ChuaDat, Level.ChuaDat, Level.ChuaDat)]
    public void Year_FollowsTheCircularsTableOfTermTwoThenTermOne(Level termOne, Level termTwo, Level expected) =>
        Assert.Equal(expected, TrainingResult.Year(termOne, termTwo));

    [Theory]
    [InlineData(null, Level.Tot)]
    [InlineData(Level.Tot, null)]
    [InlineData(null, null)]
    public void Year_IsUnknown_UntilBothTermsAreSet(Level? termOne, Level? termTwo) =>
        Assert.Null(TrainingResult.Year(termOne, termTwo));
}
