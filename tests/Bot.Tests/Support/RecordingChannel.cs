using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Tests.Support;

/// <summary>A channel with no platform behind it: it keeps what was sent to each chat, as Zalo would draw it (keys, no buttons).</summary>
public sealed class RecordingChannel : IChatChannel
{
    public const string Channel = "test";

    private readonly Lock _lock = new();
    private readonly List<(ChatAddress Chat, Reply Reply)> _sent = [];

    public string Name => Channel;

    public bool OpenToAnyone => true;

    public ChannelCapabilities Capabilities { get; } = new(ShowsButtons: false, SharesPhone: false, SendsDocuments: false, 2000);

    public Task SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken)
    {
        lock (_lock) _sent.Add((chat, reply));
        return Task.CompletedTask;
    }

    public IReadOnlyList<Reply> SentTo(ChatAddress chat)
    {
        lock (_lock) return _sent.Where(s => s.Chat == chat).Select(s => s.Reply).ToList();
    }
}
