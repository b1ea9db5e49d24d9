using SoLienLac.Domain.Guardians;

namespace SoLienLac.Domain.Tests.Guardians;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("0912345678")]
    [InlineData("0912 345 678")]
    [InlineData("0912.345.678")]
    [InlineData("0912-345-678")]
    [InlineData("84912345678")]
    [InlineData("+84912345678")]
    [InlineData("+84 912 345 678")]
    [InlineData("(+84) 912 345 678")]
    [InlineData("0084912345678")]
    [InlineData("912345678")]
    [InlineData("  0912 345 678  ")]
    public void TryParse_ReadsEveryUsualWritingAsTheSameNationalNumber(string text)
    {
        Assert.True(PhoneNumber.TryParse(text, out var phone));
        Assert.Equal("0912345678", phone.National);
        Assert.Equal(PhoneNumber.Parse("0912345678"), phone);
    }

    [Theory]
    [InlineData("0912 345 678", "0912 345 678")]
    [InlineData("+84912345678", "0912 345 678")]
    [InlineData("02438251234", "0243 8251 234")]
    public void Display_GroupsTheDigitsForAVietnameseReader(string text, string expected) =>
        Assert.Equal(expected, PhoneNumber.Parse(text).Display);

    [Theory]
    [InlineData("0912 345 67a")]
    [InlineData("abc")]
    [InlineData("0912 345")]
    [InlineData("091234567890")]
    [InlineData("+1 555 123 4567")]
    [InlineData("0012345678")]
    [InlineData("0912+345678")]
    [InlineData("0912/345/678")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void TryParse_RejectsWhatIsNotAVietnamesePhone(string? text)
    {
        Assert.False(PhoneNumber.TryParse(text, out var phone));
        Assert.Equal(default, phone);
    }

    [Fact]
    public void Parse_ThrowsOnSomethingThatIsNotAPhone() =>
        Assert.Throws<FormatException>(() => PhoneNumber.Parse("không có"));

    [Theory]
    [InlineData("0117 090 459", true)]
    [InlineData("+84 117 090 459", true)]
    [InlineData("0199999999", true)]
    [InlineData("0912 345 678", false)]
    [InlineData("0323 568 850", false)]
    [InlineData("0243 8251 234", false)]
    [InlineData("01234567890", false)]
    public void IsReservedForDemo_OnlyTenDigitsBeginning01(string text, bool reserved) =>
        Assert.Equal(reserved, PhoneNumber.Parse(text).IsReservedForDemo);
}
