using SoLienLac.Bot.Conversations.Messages;

namespace SoLienLac.Bot.Tests.Channels;

public sealed class MessageSplitterTests
{
    [Fact]
    public void LongAnswer_IsCutAtLineBreaks_IntoPiecesTheChannelAccepts()
    {
        var lines = Enumerable.Range(1, 300).Select(i => $"• Dòng thứ {i}: Thứ Hai 05/10/2026, buổi sáng — có phép (P)");
        var text = string.Join('\n', lines);

        var pieces = MessageSplitter.Split(text, 4096);

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.True(p.Length <= 4096));
        Assert.Equal(text, string.Join('\n', pieces));
    }

    [Fact]
    public void ShortAnswer_StaysWhole() => Assert.Equal(["Chào bạn"], MessageSplitter.Split("Chào bạn", 2000));

    [Fact]
    public void AnswerWithoutLineBreaks_IsCutAtSpaces()
    {
        var text = string.Join(' ', Enumerable.Repeat("điểm", 1000));

        var pieces = MessageSplitter.Split(text, 2000);

        Assert.All(pieces, p => Assert.True(p.Length <= 2000 && !p.StartsWith(' ') && !p.EndsWith(' ')));
        Assert.Equal(text, string.Join(' ', pieces));
    }
}
