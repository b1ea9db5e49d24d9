using SoLienLac.Bot.Conversations.Talk;

namespace SoLienLac.Bot.Tests.Channels;

/// <summary>Which teacher a family's message is for: a subject at its start, by full name or a short name with a colon.</summary>
public sealed class MessageSubjectTests
{
    [Theory]
    [InlineData("Toán con chưa hiểu bài", "Toán", "con chưa hiểu bài")]
    [InlineData("Tiếng Anh Con chưa hiểu bài tập về nhà ạ.", "Tiếng Anh", "Con chưa hiểu bài tập về nhà ạ.")]
    [InlineData("tieng anh: con xin nộp bài muộn", "Tiếng Anh", "con xin nộp bài muộn")]
    [InlineData("Anh: con xin nộp bài muộn", "Tiếng Anh", "con xin nộp bài muộn")]
    [InlineData("Tin nhắn không lịch sự.", null, "Tin nhắn không lịch sự.")]
    [InlineData("Anh ơi, cho em hỏi", null, "Anh ơi, cho em hỏi")]
    [InlineData("Cô ơi,\nmai con nghỉ", null, "Cô ơi,\nmai con nghỉ")]
    [InlineData("Toán", "Toán", "")]
    public void TheSubject_IsTakenOnlyWhenItIsMeant(string typed, string? subject, string text)
    {
        var (found, rest) = MessageTeacherHandler.SplitSubject(typed);

        Assert.Equal(subject, found?.Name);
        Assert.Equal(text, rest);
    }
}
