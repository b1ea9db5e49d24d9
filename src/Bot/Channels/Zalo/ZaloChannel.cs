using System.Globalization;
using System.Text;
using SoLienLac.Bot.Conversations.Choices;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Channels.Zalo;

/// <summary>
/// Draws replies the Zalo way: 2,000-character pieces, buttons as options to answer with their key
/// ("1", "2" in a conversation; "A", "B" on a message the bot sent on its own), no phone button
/// (Zalo cannot share a phone: parents verify with the school's activation code), and documents as
/// a note that they come on Telegram or from the school.
/// </summary>
public sealed class ZaloChannel(ZaloClient client) : IChatChannel
{
    public const int MaxMessageLength = 2000;

    public string Name => ZaloUpdates.Channel;

    public bool OpenToAnyone => true;

    public bool ShowsButtons => false;

    public async Task SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder(reply.Text);
        var choices = ChoiceKeys.Listed(reply).ToList();
        if (choices.Count > 0)
        {
            text.Append(ChoiceKeys.IsNumber(choices[0].Key) ? "\n\nTrả lời bằng số:" : "\n\nTrả lời bằng chữ:");
            foreach (var (key, label) in choices) text.Append(CultureInfo.InvariantCulture, $"\n{key}. {label}");
        }
        if (reply.AsksForPhone) text.Append("\n\n(Trên Zalo, phụ huynh và giáo viên xác minh bằng mã kích hoạt nhà trường gửi trong thư.)");
        if (reply.Document is { } document) text.Append(CultureInfo.InvariantCulture, $"\n\n(Tệp {document.FileName} chỉ gửi được qua Telegram; thầy cô có thể in từ máy của trường.)");
        try
        {
            foreach (var piece in MessageSplitter.Split(text.ToString(), MaxMessageLength))
                await client.SendMessageAsync(chat.Id, piece, cancellationToken);
        }
        catch (ZaloApiException e)
        {
            throw DeliveryException.FromStatus(e.ErrorCode, e.Message, TimeSpan.FromSeconds(5), e);
        }
        catch (HttpRequestException e)
        {
            throw new DeliveryException(DeliveryFailure.Transient, e.Message, null, e);
        }
    }
}
