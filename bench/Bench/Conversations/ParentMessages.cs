using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bench.Conversations;

/// <summary>What parents send: the questions of the mix, each from a random linked chat, in equal shares.</summary>
internal static class ParentMessages
{
    /// <summary>Scores this term, absences, one subject (free text), conduct and remarks, this week's digest.</summary>
    public static readonly IReadOnlyList<string> Mix = ["/diem", "/chuyencan", "diem toan", "/renluyen", "/tuan"];

    public static IncomingMessage From(ChatAddress chat, string text) => new(chat, chat.Id, IsPrivate: true) { Text = text };

    public static IReadOnlyList<IncomingMessage> Random(IReadOnlyList<ChatAddress> chats, IReadOnlyList<string> texts, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(chats);
        ArgumentNullException.ThrowIfNull(texts);
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => From(chats[random.Next(chats.Count)], texts[random.Next(texts.Count)])).ToList();
    }
}
