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

    [Fact]
    public void Pieces_BreakAtLinesThenSpacesThenAnywhere_AsBefore()
    {
        const string text = "Điểm Toán: 8,5\nĐiểm Văn: 7\nmột hai ba bốn năm sáu bảy\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

        var pieces = MessageSplitter.Split(text, 16);

        Assert.Equal(["Điểm Toán: 8,5", "Điểm Văn: 7", "một hai ba bốn", "năm sáu bảy", "AAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAA", "AAAAAAA"], pieces);
    }

    [Fact]
    public void HugeText_IsSplitWithoutCopyingTheRestForEachPiece()
    {
        var text = string.Concat(Enumerable.Repeat("• HS0001 Tiếng Anh Học kì I ck: 8 → 10\n", 25_000));
        var textBytes = text.Length * sizeof(char);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var pieces = MessageSplitter.Split(text, 4096);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(text, string.Join('\n', pieces));
        // The pieces themselves are about the text's size; copying what is left for each of ~250 pieces
        // would be about a hundred times that.
        Assert.True(allocated < 3L * textBytes, $"{allocated:N0} bytes allocated to split {textBytes:N0} bytes of text");
    }
}
