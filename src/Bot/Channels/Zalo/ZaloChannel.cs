using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Channels.Zalo;

/// <summary>
/// Draws replies the Zalo way: 2,000-character pieces, buttons as options to answer with their key
/// ("1", "2" in a conversation; "A", "B" on a message the bot sent on its own), no phone button
/// (Zalo cannot share a phone: parents verify with the school's activation code), and documents as
/// a note that they come on Telegram or from the school.
/// </summary>
public sealed class ZaloChannel(ZaloClient client, Catalogues catalogues) : IChatChannel
{
    public const int MaxMessageLength = 2000;

    public string Name => ZaloUpdates.Channel;

    public bool OpenToAnyone => true;

    public ChannelCapabilities Capabilities { get; } = new(ShowsButtons: false, SharesPhone: false, SendsDocuments: false, MaxMessageLength);

    public async Task SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        try
        {
            foreach (var piece in ReplyFitting.Pieces(reply, Capabilities, catalogues.For(reply.Language)))
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
