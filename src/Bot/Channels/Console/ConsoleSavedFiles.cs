using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Files;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Storage;

namespace SoLienLac.Bot.Channels.Console;

/// <summary>A document the bot sends in the local chat is written to a file the person can open.</summary>
public static class ConsoleSavedFiles
{
    public static string Save(ReplyDocument document, IConsoleTexts texts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(texts);
        var folder = Path.GetFullPath(Path.Combine("data", "tep-gui-den"));
        var path = Path.Combine(folder, Path.GetFileName(document.FileName));
        PrivateFiles.Write(path, file => file.Write(document.Content));
        return texts.SavedFile(document.FileName, document.Content.Length, path);
    }
}
