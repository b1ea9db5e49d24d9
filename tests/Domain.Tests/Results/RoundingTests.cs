using SoLienLac.Domain.Results;

namespace SoLienLac.Domain.Tests.Results;

public class RoundingTests
{
    public static TheoryData<decimal, decimal> HalfAwayFromZero => new()
    {
        { 8.25m, 8.3m },
        { 8.24m, 8.2m },
        { 8.35m, 8.4m },
        { 6.45m, 6.5m },
        { 0.05m, 0.1m },
        { 8.15m, 8.2m },
        { 9.95m, 10.0m },
        { 8.2499m, 8.2m },
        { 8.2500m, 8.3m },
        { 8m, 8.0m },
        { -8.25m, -8.3m },
    };

    [Theory]
    [MemberData(nameof(HalfAwayFromZero))]
    public void OneDecimal_RoundsHalfAwayFromZero(decimal value, decimal expected) =>
        Assert.Equal(expected, Rounding.OneDecimal(value));

    [Fact]
    public void OneDecimal_RoundsAnExactThirdLikeAnyOtherValue() =>
        Assert.Equal(8.3m, Rounding.OneDecimal(25m / 3));
}
