using SoLienLac.Domain.Common;
using SoLienLac.Domain.Results;

namespace SoLienLac.Domain.Tests.Results;

public class PromotionTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(45, true)]
    [InlineData(46, false)]
    [InlineData(90, false)]
    public void Decide_AllowsAtMost45SessionsAbsent(int sessionsAbsent, bool expected) =>
        Assert.Equal(expected, Promotion.Decide(Level.Dat, Level.Dat, sessionsAbsent));

    [Theory]
    [InlineData(Level.Tot, Level.Tot, true)]
    [InlineData(Level.Dat, Level.Dat, true)]
    [InlineData(Level.ChuaDat, Level.Tot, false)]
    [InlineData(Level.Tot, Level.ChuaDat, false)]
    [InlineData(Level.ChuaDat, Level.ChuaDat, false)]
    public void Decide_NeedsTrainingAndLearningOfDatOrBetter(Level training, Level learning, bool expected) =>
        Assert.Equal(expected, Promotion.Decide(training, learning, 0));

    [Theory]
    [InlineData(null, Level.Tot, 0)]
    [InlineData(Level.Tot, null, 45)]
    [InlineData(null, null, 0)]
    public void Decide_IsUnknown_WhileAResultIsMissingAndNothingHasFailed(Level? training, Level? learning, int sessionsAbsent) =>
        Assert.Null(Promotion.Decide(training, learning, sessionsAbsent));

    [Theory]
    [InlineData(null, Level.ChuaDat, 0)]
    [InlineData(Level.ChuaDat, null, 0)]
    [InlineData(null, Level.Tot, 46)]
    [InlineData(null, null, 46)]
    public void Decide_IsNo_AsSoonAsOneConditionFails_EvenWithAnotherUnknown(Level? training, Level? learning, int sessionsAbsent) =>
        Assert.False(Promotion.Decide(training, learning, sessionsAbsent));
}
