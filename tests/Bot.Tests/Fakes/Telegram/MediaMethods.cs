using Microsoft.AspNetCore.StaticFiles;
using Telegram.Bot.Types;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>sendDocument and sendPhoto: an upload (multipart), a file id the fake handed out, or a URL.</summary>
internal sealed class MediaMethods(ChatBook chats, FileStore files, Journal<SentMessage> sent)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public void AddTo(MethodTable table)
    {
        table.Add("sendDocument", request => Send("sendDocument", "document", request));
        table.Add("sendPhoto", request => Send("sendPhoto", "photo", request));
    }

    private BotApiResult Send(string method, string field, BotApiRequest request)
    {
        if (request.Long("chat_id") is not { } chatId) return MessageMethods.ChatNotFound;
        var caption = request.String("caption");
        var parseMode = request.String("parse_mode");
        var markup = request.Json("reply_markup");
        if ((MessageRules.CheckCaption(caption, parseMode) ?? MessageRules.CheckMarkup(markup)) is { } refused) return refused;
        var folder = field == "photo" ? "photos" : "documents";
        var upload = request.Attachment(field);
        if (upload is { Bytes.Length: 0 }) return BotApiResult.BadRequest("file must be non-empty");
        var file = upload is not null ? files.Add(folder, upload.FileName, upload.Bytes, MimeType(upload.FileName))
            : request.String(field) is { } reference ? Find(folder, reference)
            : null;
        if (file is null)
            return BotApiResult.BadRequest(request.String(field) is null
                ? $"there is no {field} in the request"
                : "wrong file identifier/HTTP URL specified");

        var message = chats.FromBot(chatId);
        message.Caption = caption is not null && string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase)
            ? TelegramHtml.Visible(caption) : caption;
        message.ReplyMarkup = MessageArchive.InlineKeyboard(markup);
        if (field == "photo")
            message.Photo = [new PhotoSize { FileId = file.FileId, FileUniqueId = file.FileUniqueId, Width = 800, Height = 600, FileSize = file.Bytes.Length }];
        else
            message.Document = new Document
            {
                FileId = file.FileId, FileUniqueId = file.FileUniqueId, FileName = file.FileName,
                MimeType = file.MimeType, FileSize = file.Bytes.Length,
            };
        sent.Add(new SentMessage(chatId, message.Id, method, caption, markup, file.FileName, file.Bytes, parseMode));
        return BotApiResult.Ok(message);
    }

    public static string MimeType(string fileName) =>
        ContentTypes.TryGetContentType(fileName, out var type) ? type : "application/octet-stream";

    /// <summary>A file id the fake knows, or a URL Telegram would fetch (here: an empty file of that name).</summary>
    private StoredFile? Find(string folder, string reference) =>
        files.ById(reference)
        ?? (Uri.TryCreate(reference, UriKind.Absolute, out var url) && url.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? files.Add(folder, Path.GetFileName(url.LocalPath), [], null)
            : null);
}
