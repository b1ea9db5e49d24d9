using SoLienLac.Domain.Common;
using SoLienLac.Domain.Results;

namespace SoLienLac.Domain.Tests.Results;

public class TitlesTests
{
    [Theory]
    [InlineData("9 9 9 9 9 9 6.5 6.5", Title.HocSinhXuatSac)]
    [InlineData("10 10 10 10 10 10 10 10", Title.HocSinhXuatSac)]
    [InlineData("9 9 9 9 9 8.9 8.9 8.9", Title.HocSinhGioi)]
    [InlineData("8 8 8 8 8 8 8 8", Title.HocSinhGioi)]
    public void Award_XuatSacNeedsSixYearAveragesOfNineOrMore(string yearAverages, Title expected) =>
        Assert.Equal(expected, Titles.Award(Level.Tot, Level.Tot, Parse(yearAverages)));

    [Theory]
    [InlineData(Level.Kha, Level.Tot)]
    [InlineData(Level.Tot, Level.Kha)]
    [InlineData(Level.Dat, Level.Dat)]
    [InlineData(null, Level.Tot)]
    [InlineData(Level.Tot, null)]
    public void Award_NoTitle_UnlessTrainingAndLearningAreBothTot(Level? training, Level? learning) =>
        Assert.Null(Titles.Award(training, learning, Parse("10 10 10 10 10 10 10 10")));

    [Fact]
    public void Award_CountsOnlyKnownAverages()
    {
        decimal?[] averages = [9, 9, 9, 9, 9, null, null, null];

        Assert.Equal(Title.HocSinhGioi, Titles.Award(Level.Tot, Level.Tot, averages));
    }

    [Theory]
    [InlineData(Title.HocSinhGioi, "Học sinh Giỏi")]
    [InlineData(Title.HocSinhXuatSac, "Học sinh Xuất sắc")]
    public void Vietnamese_NamesTheTitle(Title title, string expected) =>
        Assert.Equal(expected, title.Vietnamese());

    private static List<decimal?> Parse(string averages) =>
        averages.Split(' ').Select(a => (decimal?)decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToList();
}
