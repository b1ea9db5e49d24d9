using SoLienLac.Bot.Storage;
using SoLienLac.Files;

namespace SoLienLac.Bot.Hosting;

/// <summary>
/// Whom the hand-off trusts. A request is carried out with the bot's rights — it can import, issue
/// codes, copy the whole database anywhere the bot may write — so only the bot's own user may leave
/// one: the folder must be that user's and writable by no one else (the bot makes it 700), a request
/// must be a plain file that user owns, and the audit names the file's owner, never the name written
/// inside it. Where files have no Unix owners (Windows) the folder's own permissions decide.
/// </summary>
public static class HandOffTrust
{
    /// <summary>Makes the folder (700) if missing; why it may not be served, or null when it may.</summary>
    public static string? PrepareFolder(string folder)
    {
        PrivateFiles.CreateDirectory(folder);
        if (OperatingSystem.IsWindows() || FileOwners.ProcessUser is not { } bot) return null;
        if (FileOwners.Of(folder) is not { } found) return $"{folder} is gone";
        if (found.IsSymbolicLink) return $"{folder} is a symbolic link";
        if (!found.IsDirectory) return $"{folder} is not a folder";
        if (found.Owner != bot) return $"{folder} is owned by user {Name(found.Owner)}, not by the bot's user {Name(bot)}";
        if (found.OthersMayWrite) return $"{folder}: group or others may write in it (mode {Octal(found.Mode)})";
        if (found.OthersMayAccess) File.SetUnixFileMode(folder, PrivateFiles.FolderPermissions); // left 755 by an earlier release
        return null;
    }

    /// <summary>Why a request, as it was when taken, may not be carried out; null when it may.</summary>
    public static string? WhyRefused(string request)
    {
        if (FileOwners.ProcessUser is not { } bot) return null;
        if (FileOwners.Of(request) is not { } found) return "it is gone";
        if (found.IsSymbolicLink) return "it is a symbolic link";
        if (found.IsDirectory) return "it is a folder";
        if (found.Owner != bot) return $"it is owned by user {Name(found.Owner)}, not by the bot's user {Name(bot)}";
        return null;
    }

    /// <summary>Who left the request, for the audit: the owner of its file (the text inside could name anyone).</summary>
    public static string UserOf(string request) =>
        FileOwners.Of(request) is { } found ? FileOwners.NameOf(found.Owner) : Environment.UserName; // no owners here: the bot's own

    /// <summary>Who owns the folder, as an operator types it after <c>sudo -u</c>; null where owners are unknown.</summary>
    public static string? OwnerOf(string folder)
    {
        try
        {
            return FileOwners.Of(folder) is { } found ? FileOwners.NameOf(found.Owner) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string Name(uint user) => $"{user} ({FileOwners.NameOf(user)})";

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode, 8).PadLeft(3, '0');
}
