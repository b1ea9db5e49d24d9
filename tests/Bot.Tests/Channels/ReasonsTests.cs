using SoLienLac.Bot.Conversations.Teaching;

namespace SoLienLac.Bot.Tests.Channels;

/// <summary>The reason a correction in a closed term needs, as the Vietnamese and the English replies teach it.</summary>
public sealed class ReasonsTests
{
    [Theory]
    [InlineData("6A Toán tx1 HS0001 9 lý do: chấm phúc khảo", "chấm phúc khảo")]
    [InlineData("6A Toán tx1 HS0001 9 ly do: cham phuc khao", "cham phuc khao")]
    [InlineData("6A Toán tx1 HS0001 9 reason: re-marked on appeal", "re-marked on appeal")]
    [InlineData("6A Toán tx1 HS0001 9 Reason : re-marked", "re-marked")]
    public void AReason_IsSplitOffTheCommand(string arguments, string reason)
    {
        var (text, split) = Reasons.Split(arguments);

        Assert.Equal("6A Toán tx1 HS0001 9", text);
        Assert.Equal(reason, split);
    }
}
