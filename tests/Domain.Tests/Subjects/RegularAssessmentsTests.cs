using SoLienLac.Domain.Subjects;

namespace SoLienLac.Domain.Tests.Subjects;

public class RegularAssessmentsTests
{
    [Theory]
    [InlineData("Công nghệ", 6, 35, 2)]
    [InlineData("Công nghệ", 8, 35, 2)]
    [InlineData("Công nghệ", 9, 52, 3)]
    [InlineData("Giáo dục công dân", 9, 35, 2)]
    [InlineData("Tin học", 7, 35, 2)]
    [InlineData("Giáo dục thể chất", 6, 70, 3)]
    [InlineData("Tiếng Anh", 6, 105, 4)]
    [InlineData("Lịch sử và Địa lí", 9, 105, 4)]
    [InlineData("Toán", 9, 140, 4)]
    public void RegularAssessments_TwoUpTo35Periods_ThreeUpTo70_FourAbove(string name, int grade, int periods, int expected)
    {
        var subject = SubjectCatalog.Get(name);

        Assert.Equal(periods, subject.PeriodsPerYear(grade));
        Assert.Equal(expected, subject.RegularAssessments(grade));
    }
}
