using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>What users do: each call queues one update for getUpdates and returns its update_id.</summary>
public sealed partial class FakeBotApi
{
    private const string Parent = "Phụ huynh";
    private int _lastCallbackQueryId;

    /// <summary>
    /// The user's app is set to <paramref name="languageCode"/> ("en", "en-GB", or null for an app that does
    /// not say) from now on: every later update from them carries it, as Telegram's do. "vi" until then.
    /// </summary>
    public void SetLanguage(long userId, string? languageCode) => _chats.SetLanguage(userId, languageCode);

    /// <param name="chatType">private, group or supergroup.</param>
    public int SendText(long chatId, long fromUserId, string text, string chatType = "private", string firstName = Parent)
    {
        var message = FromUser(chatId, fromUserId, chatType, firstName);
        message.Text = text;
        if (text.StartsWith('/'))
        {
            var length = text.IndexOfAny([' ', '\n']) is var end and >= 0 ? end : text.Length;
            message.Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = length }];
        }
        return _updates.Enqueue(id => new Update { Id = id, Message = message });
    }

    /// <summary>A contact card, as sent by a <c>request_contact</c> button (then <paramref name="contactUserId"/> is the sender).</summary>
    /// <param name="contactUserId">Whose Telegram account the number belongs to; null for a card of someone without one.</param>
    public int ShareContact(long chatId, long fromUserId, string phone, long? contactUserId, string firstName = Parent)
    {
        var message = FromUser(chatId, fromUserId, "private", firstName);
        message.Contact = new Contact { PhoneNumber = phone, FirstName = firstName, UserId = contactUserId };
        return _updates.Enqueue(id => new Update { Id = id, Message = message });
    }

    /// <summary>A press on an inline button of message <paramref name="messageId"/>; its query id is good for one answerCallbackQuery.</summary>
    public int PressButton(long chatId, long fromUserId, string callbackData, int messageId, string firstName = Parent)
    {
        var queryId = $"cbq-{Interlocked.Increment(ref _lastCallbackQueryId)}";
        var pressedOn = _archive.Find(chatId, messageId)?.Message ?? _chats.FromBot(chatId, messageId);
        _callbacks.Pressed(queryId, chatId, callbackData);
        var query = new CallbackQuery
        {
            Id = queryId,
            From = _chats.User(fromUserId, firstName),
            Message = pressedOn,
            ChatInstance = $"ci{chatId}",
            Data = callbackData,
        };
        return _updates.Enqueue(id => new Update { Id = id, CallbackQuery = query });
    }

    /// <summary>A file the user sends; the bot can getFile and download it.</summary>
    public int SendDocument(long chatId, long fromUserId, string fileName, byte[] bytes, string? mimeType = null,
        string? caption = null, string chatType = "private", string firstName = Parent)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var file = _files.Add("documents", fileName, bytes, mimeType ?? MediaMethods.MimeType(fileName));
        return EnqueueDocument(chatId, fromUserId, file, caption, chatType, firstName);
    }

    /// <summary>
    /// A document whose update and getFile answer state <paramref name="declaredSize"/> as its size: the Bot API's
    /// file_size is optional (null: not given), and nothing obliges it to be the size of the bytes served.
    /// </summary>
    public int SendDocumentDeclaring(long chatId, long fromUserId, string fileName, byte[] bytes, long? declaredSize)
    {
        var file = _files.Add("documents", fileName, bytes, MediaMethods.MimeType(fileName), declaredSize);
        return EnqueueDocument(chatId, fromUserId, file, null, "private", Parent);
    }

    private int EnqueueDocument(long chatId, long fromUserId, StoredFile file, string? caption, string chatType, string firstName)
    {
        var message = FromUser(chatId, fromUserId, chatType, firstName);
        message.Caption = caption;
        message.Document = new Document
        {
            FileId = file.FileId, FileUniqueId = file.FileUniqueId, FileName = file.FileName,
            FileSize = file.DeclaredSize, MimeType = file.MimeType,
        };
        return _updates.Enqueue(id => new Update { Id = id, Message = message });
    }

    /// <summary>A file the bot may fetch by id with getFile, without any update about it.</summary>
    /// <returns>The file_id.</returns>
    public string RegisterFile(string fileName, byte[] bytes, string? mimeType = null) =>
        _files.Add("documents", fileName, bytes, mimeType ?? MediaMethods.MimeType(fileName)).FileId;

    private Message FromUser(long chatId, long fromUserId, string chatType, string firstName) =>
        _chats.FromUser(chatId, fromUserId, Enum.Parse<ChatType>(chatType, ignoreCase: true), firstName);
}
