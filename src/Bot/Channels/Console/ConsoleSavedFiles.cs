using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Storage;

namespace SoLienLac.Bot.Channels.Console;

/// <summary>A document the bot sends in the local chat is written to a file the person can open.</summary>
public static class ConsoleSavedFiles
{
    public static string Save(ReplyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var folder = Path.GetFullPath(Path.Combine("data", "tep-gui-den"));
        var path = Path.Combine(folder, Path.GetFileName(document.FileName));
        PrivateFiles.Write(path, file => file.Write(document.Content));
        return $"  [tệp {document.FileName}, {document.Content.Length} byte: {path}]";
    }
}
