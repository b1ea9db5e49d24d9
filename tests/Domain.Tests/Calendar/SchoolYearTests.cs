using SoLienLac.Domain.Calendar;

namespace SoLienLac.Domain.Tests.Calendar;

public class SchoolYearTests
{
    [Theory]
    [InlineData("2026-2027")]
    [InlineData(" 2026 - 2027 ")]
    [InlineData("2026")]
    public void TryParse_ReadsTheYearByItsName(string text)
    {
        Assert.True(SchoolYear.TryParse(text, out var year));
        Assert.Equal(2026, year!.FirstYear);
        Assert.Equal("2026-2027", year.Name);
    }

    [Theory]
    [InlineData("2026-2028")]
    [InlineData("2027-2026")]
    [InlineData("2026-2027-2028")]
    [InlineData("26-27")]
    [InlineData("năm nay")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_RejectsWhatIsNotASchoolYear(string? text)
    {
        Assert.False(SchoolYear.TryParse(text, out var year));
        Assert.Null(year);
    }

    [Theory]
    [InlineData("2026-08-01", 2026)]
    [InlineData("2026-09-05", 2026)]
    [InlineData("2026-11-23", 2026)]
    [InlineData("2027-03-01", 2026)]
    [InlineData("2027-05-31", 2026)]
    [InlineData("2027-07-31", 2026)]
    [InlineData("2026-07-31", 2025)]
    public void Containing_PutsAugustToJulyInOneSchoolYear(string date, int firstYear) =>
        Assert.Equal(firstYear, SchoolYear.Containing(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).FirstYear);

    [Fact]
    public void TermTwo_StartsByDefaultOnTheThirdMondayOfJanuary() =>
        Assert.Equal(new DateOnly(2027, 1, 18), SchoolYear.Starting(2026).TermTwoStartsOn);

    [Theory]
    [InlineData("2026-09-05", Term.I)]
    [InlineData("2027-01-17", Term.I)]
    [InlineData("2027-01-18", Term.II)]
    [InlineData("2027-05-31", Term.II)]
    public void TermOf_ChangesOnTheDayTermTwoStarts(string date, Term expected) =>
        Assert.Equal(expected, SchoolYear.Starting(2026).TermOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void TermOf_FollowsTheSchoolsOwnTermTwoDate()
    {
        var year = SchoolYear.Starting(2026, new DateOnly(2027, 1, 11));

        Assert.Equal(Term.I, year.TermOf(new DateOnly(2027, 1, 10)));
        Assert.Equal(Term.II, year.TermOf(new DateOnly(2027, 1, 11)));
    }

    [Fact]
    public void IsIn_IsFalseOutsideTheYear() =>
        Assert.False(SchoolYear.Starting(2026).IsIn(new DateOnly(2027, 8, 1), Term.II));

    [Fact]
    public void Starting_RefusesATermTwoOutsideTheYear() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SchoolYear.Starting(2026, new DateOnly(2027, 8, 1)));
}
