using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>The chats the fake has seen, and the message ids and dates they share, as Telegram would fill them in.</summary>
internal sealed class ChatBook(User bot, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Chat> _chats = [];
    private readonly Dictionary<long, string?> _languages = [];
    private int _lastMessageId;

    public User Bot { get; } = bot;

    /// <param name="messageId">The id of a message being edited; a new message gets the next id.</param>
    public Message FromBot(long chatId, int? messageId = null) => NewMessage(Find(chatId), Bot, messageId);

    public Message FromUser(long chatId, long userId, ChatType type, string firstName) =>
        NewMessage(Remember(chatId, type, firstName), User(userId, firstName));

    /// <summary>A user as Telegram describes them in an update: with their app's language, "vi" unless a test set another.</summary>
    public User User(long userId, string firstName)
    {
        string? language;
        lock (_gate) language = _languages.GetValueOrDefault(userId, "vi");
        return new User { Id = userId, IsBot = false, FirstName = firstName, LanguageCode = language };
    }

    /// <summary>The language the user's app is set to from now on (Telegram's <c>language_code</c>); null: the app does not say.</summary>
    public void SetLanguage(long userId, string? languageCode)
    {
        lock (_gate) _languages[userId] = languageCode;
    }

    /// <summary>A chat the tests have not introduced is guessed from its id: groups have negative ids.</summary>
    public Chat Find(long chatId)
    {
        lock (_gate)
        {
            if (_chats.TryGetValue(chatId, out var chat)) return chat;
        }
        return chatId > 0
            ? new Chat { Id = chatId, Type = ChatType.Private, FirstName = "Phụ huynh" }
            : new Chat { Id = chatId, Type = ChatType.Supergroup, Title = $"Nhóm {chatId}" };
    }

    private Chat Remember(long chatId, ChatType type, string firstName)
    {
        var chat = type == ChatType.Private
            ? new Chat { Id = chatId, Type = type, FirstName = firstName }
            : new Chat { Id = chatId, Type = type, Title = $"Nhóm {chatId}" };
        lock (_gate) _chats[chatId] = chat;
        return chat;
    }

    private Message NewMessage(Chat chat, User from, int? messageId = null) => new()
    {
        Id = messageId ?? Interlocked.Increment(ref _lastMessageId),
        Date = time.GetUtcNow().UtcDateTime,
        Chat = chat,
        From = from,
    };
}
