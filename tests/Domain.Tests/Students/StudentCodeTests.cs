using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Tests.Students;

public class StudentCodeTests
{
    [Theory]
    [InlineData("HS0012", "HS0012")]
    [InlineData(" hs0012 ", "HS0012")]
    [InlineData("2026.6a-01_x", "2026.6A-01_X")]
    public void TryParse_KeepsTheCodeInCapitals(string text, string expected)
    {
        Assert.True(StudentCode.TryParse(text, out var code));
        Assert.Equal(expected, code.Value);
    }

    [Fact]
    public void Codes_CompareWithoutCase() =>
        Assert.Equal(StudentCode.Parse("hs0012"), StudentCode.Parse("HS0012"));

    [Theory]
    [InlineData("HS 0012")]
    [InlineData("HS@12")]
    [InlineData("HSĐ12")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("HS012345678901234567890123456789X")]
    public void TryParse_RejectsWhatIsNotACode(string? text) =>
        Assert.False(StudentCode.TryParse(text, out _));
}
