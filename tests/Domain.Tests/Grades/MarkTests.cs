using SoLienLac.Domain.Grades;

namespace SoLienLac.Domain.Tests.Grades;

public class MarkTests
{
    [Theory]
    [InlineData("Đ", true)]
    [InlineData("đ", true)]
    [InlineData("D", true)]
    [InlineData("Đạt", true)]
    [InlineData("dat", true)]
    [InlineData("CĐ", false)]
    [InlineData("cd", false)]
    [InlineData("CD", false)]
    [InlineData("Chưa đạt", false)]
    [InlineData(" chua  dat ", false)]
    public void TryParseComment_ReadsDatAndChuaDatWithOrWithoutAccents(string text, bool passed)
    {
        Assert.True(Mark.TryParseComment(text, out var mark));
        Assert.Equal(passed, mark.Passed);
        Assert.False(mark.IsScore);
    }

    [Theory]
    [InlineData("8")]
    [InlineData("Tốt")]
    [InlineData("C")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseComment_RejectsAnythingElse(string? text) =>
        Assert.False(Mark.TryParseComment(text, out _));

    [Fact]
    public void Formats_ACommentAsDOrCD()
    {
        Assert.Equal("Đ", Mark.Dat.ToVietnamese());
        Assert.Equal("CĐ", Mark.ChuaDat.ToVietnamese());
        Assert.Equal("8,5", Mark.Of(Score.Of(8.5m)).ToVietnamese());
    }
}
