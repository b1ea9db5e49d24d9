using SoLienLac.Domain.Common;

namespace SoLienLac.Domain.Tests.Common;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Điểm Toán", "diem toan")]
    [InlineData("DIEM  TOAN", "diem toan")]
    [InlineData("  điểm\ttoán  ", "diem toan")]
    [InlineData("Chưa đạt", "chua dat")]
    [InlineData("Ngữ văn", "ngu van")]
    [InlineData("Mỹ thuật", "my thuat")]
    [InlineData("", "")]
    public void Fold_DropsAccentsCaseAndExtraSpaces(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(text));

    [Fact]
    public void Fold_TreatsComposedAndDecomposedTheSame() =>
        Assert.Equal(VietnameseText.Fold("To\u0061\u0301n"), VietnameseText.Fold("To\u00E1n"));

    [Fact]
    public void SameWords_MatchesTypedWithoutAccents() =>
        Assert.True(VietnameseText.SameWords("Điểm Toán", "diem toan"));
}
