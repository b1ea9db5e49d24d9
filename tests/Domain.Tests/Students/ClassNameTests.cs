using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Tests.Students;

public class ClassNameTests
{
    [Theory]
    [InlineData("6A", "6A", 6)]
    [InlineData("6a", "6A", 6)]
    [InlineData(" 9B2 ", "9B2", 9)]
    [InlineData("10A1", "10A1", 10)]
    [InlineData("12C", "12C", 12)]
    public void TryParse_ReadsTheGradeFromTheLeadingDigits(string text, string value, int grade)
    {
        Assert.True(ClassName.TryParse(text, out var name));
        Assert.Equal(value, name.Value);
        Assert.Equal(grade, name.Grade);
    }

    [Theory]
    [InlineData("A6")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("0A")]
    [InlineData("13A")]
    [InlineData("106A")]
    [InlineData("6 A")]
    [InlineData("6A/1")]
    public void TryParse_RejectsWhatIsNotAClass(string? text) =>
        Assert.False(ClassName.TryParse(text, out _));
}
