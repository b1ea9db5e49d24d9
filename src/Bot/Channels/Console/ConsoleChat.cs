using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Conversations;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Channels.Console;

/// <summary>
/// The local chat: the same conversations as on Telegram, typed in a terminal or piped in a line
/// at a time. <c>/as &lt;phone&gt;</c> plays a parent or teacher of the school, <c>/sdt</c> shares that
/// phone as the chat app's button would, and a key shown beside a choice ("1", "A") picks it.
/// </summary>
public sealed class ConsoleChat(ChatDispatcher dispatcher, ConsoleIdentity identity, Terminal terminal, Catalogues catalogues) : IChatChannel
{
    public const string Channel = "console";

    public string Name => Channel;

    public bool OpenToAnyone => false;

    /// <summary>The phone is "shared" with /sdt and files are saved beside the program: only buttons become keys.</summary>
    public ChannelCapabilities Capabilities { get; } = new(ShowsButtons: false, SharesPhone: true, SendsDocuments: true, int.MaxValue);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (terminal.Interactive) await terminal.Out.WriteLineAsync(catalogues.Default.Console.Welcome);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (terminal.Interactive) await terminal.Out.WriteAsync($"{identity.Prompt}> ");
            var line = await terminal.In.ReadLineAsync(cancellationToken);
            if (line is null) break;
            line = line.Trim();
            if (line.Length == 0) continue;
            if (await identity.HandleAsync(line, cancellationToken) is { } said)
            {
                await terminal.Out.WriteLineAsync(said);
                await terminal.Out.WriteLineAsync();
                continue;
            }
            var message = ToMessage(line);
            if (message is null) continue;
            await dispatcher.DispatchAsync(message, this, cancellationToken);
        }
    }

    public async Task SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var texts = catalogues.For(reply.Language).Console;
        // A message for another person of the school (a parent's alert, a leave request) is shown as such.
        if (chat != identity.Chat) await terminal.Out.WriteLineAsync(texts.SentTo(chat.Id));
        foreach (var piece in ReplyFitting.Pieces(reply, Capabilities, catalogues.For(reply.Language))) await terminal.Out.WriteLineAsync(piece);
        if (reply.AsksForPhone) await terminal.Out.WriteLineAsync(texts.PhoneHint);
        if (reply.Document is { } document) await terminal.Out.WriteLineAsync(ConsoleSavedFiles.Save(document, texts));
        await terminal.Out.WriteLineAsync();
    }

    private IncomingMessage? ToMessage(string line)
    {
        var from = identity.Chat;
        var message = new IncomingMessage(from, from.Id, IsPrivate: true);
        if (identity.SharedContact(line) is { } contact) return message with { Contact = contact };
        if (line.StartsWith("/tep ", StringComparison.OrdinalIgnoreCase))
        {
            var path = Path.GetFullPath(line[5..].Trim());
            return message with { Document = new IncomingDocument(path, Path.GetFileName(path), File.Exists(path) ? new FileInfo(path).Length : null) };
        }
        return message with { Text = line };
    }
}
