using SoLienLac.Domain.Common;

namespace SoLienLac.Domain.Tests.Common;

public class LevelNamesTests
{
    [Theory]
    [InlineData("Tốt", Level.Tot)]
    [InlineData("tot", Level.Tot)]
    [InlineData("Khá", Level.Kha)]
    [InlineData("KHA", Level.Kha)]
    [InlineData("Đạt", Level.Dat)]
    [InlineData("dat", Level.Dat)]
    [InlineData("Chưa đạt", Level.ChuaDat)]
    [InlineData("chua dat", Level.ChuaDat)]
    public void TryParse_ReadsTheFourLevelsWithOrWithoutAccents(string text, Level expected)
    {
        Assert.True(LevelNames.TryParse(text, out var level));
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("Giỏi")]
    [InlineData("Trung bình")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_RejectsTheOldLevelsAndNothing(string? text) =>
        Assert.False(LevelNames.TryParse(text, out _));

    [Theory]
    [InlineData(Level.Tot)]
    [InlineData(Level.Kha)]
    [InlineData(Level.Dat)]
    [InlineData(Level.ChuaDat)]
    public void Vietnamese_ReadsBackAsTheSameLevel(Level level)
    {
        Assert.True(LevelNames.TryParse(level.Vietnamese(), out var read));
        Assert.Equal(level, read);
    }
}
