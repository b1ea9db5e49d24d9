using System.Globalization;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Links;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace SoLienLac.Bot.Channels.Telegram;

/// <summary>Draws replies the Telegram way: inline buttons, the contact-request keyboard, documents, 4,096-character pieces.</summary>
public sealed class TelegramChannel(ITelegramBotClient bot, Catalogues catalogues) : IChatChannel
{
    public const int MaxMessageLength = 4096;

    public string Name => TelegramUpdates.Channel;

    public ChannelCapabilities Capabilities { get; } = new(ShowsButtons: true, SharesPhone: true, SendsDocuments: true, MaxMessageLength);

    public bool OpenToAnyone => true;

    public async Task SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken)
    {
        try
        {
            await SendOrThrowAsync(chat, reply, cancellationToken);
        }
        catch (ApiRequestException e)
        {
            throw DeliveryException.FromStatus(e.ErrorCode, e.Message, TimeSpan.FromSeconds(e.Parameters?.RetryAfter ?? 5), e);
        }
        catch (Exception e) when (e is RequestException or HttpRequestException)
        {
            throw new DeliveryException(DeliveryFailure.Transient, e.Message, null, e);
        }
    }

    private async Task SendOrThrowAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var chatId = long.Parse(chat.Id, CultureInfo.InvariantCulture);
        if (reply.Document is { } document)
        {
            using var content = new MemoryStream(document.Content);
            await bot.SendDocument(chatId, InputFile.FromStream(content, document.FileName), caption: Caption(reply.Text),
                replyMarkup: Markup(reply), cancellationToken: cancellationToken);
            return;
        }
        var pieces = ReplyFitting.Pieces(reply, Capabilities, catalogues.For(reply.Language));
        for (var i = 0; i < pieces.Count; i++)
        {
            // The buttons go with the last piece, under the text they answer.
            var markup = i == pieces.Count - 1 ? Markup(reply) : null;
            await bot.SendMessage(chatId, pieces[i], replyMarkup: markup, cancellationToken: cancellationToken);
        }
    }

    private ReplyMarkup? Markup(Reply reply)
    {
        if (reply.Buttons.Count > 0)
            return new InlineKeyboardMarkup(reply.Buttons.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Command))));
        if (reply.AsksForPhone)
            return new ReplyKeyboardMarkup(KeyboardButton.WithRequestContact(catalogues.For(reply.Language).Channel.SharePhoneButton))
            {
                ResizeKeyboard = true,
                OneTimeKeyboard = true,
            };
        return reply.ClearsKeyboard ? new ReplyKeyboardRemove() : null;
    }

    private static string? Caption(string text) => string.IsNullOrEmpty(text) ? null : text.Length <= 1024 ? text : text[..1023] + "…";
}
