namespace SoLienLac.Files;

/// <summary>
/// How the bot writes every file of its own — the database, backups, codes, contact books, exports,
/// answers to verbs handed over: they hold children's records or the codes that open them, so they
/// are readable by the service's user only (600, folders it makes 700), whatever the umask. A file is
/// written under a fresh name of its own, opened create-new (so a link planted there is never
/// written through), and moved into place when whole (so nobody reads half of one). A folder that
/// already exists keeps its permissions: it is the school's (a backup disk, a shared folder).
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FilePermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public const UnixFileMode FolderPermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>The folder and any missing above it, each made 700.</summary>
    public static DirectoryInfo CreateDirectory(string path) =>
        OperatingSystem.IsWindows() ? Directory.CreateDirectory(path) : Directory.CreateDirectory(path, FolderPermissions);

    /// <summary>Options for opening a file that, when this creates it, is created 600.</summary>
    public static FileStreamOptions Options(FileMode mode, FileAccess access, FileShare share = FileShare.None)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = share };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = FilePermissions;
        return options;
    }

    /// <summary>
    /// Writes the whole file at <paramref name="path"/>, its folder made if missing. An existing file
    /// there is replaced: the name, not what a link there points to.
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        CreateDirectory(Path.GetDirectoryName(full)!);
        Place(full, write, replace: true);
    }

    /// <summary>
    /// Writes a file that must not exist yet, in a folder that must: anything already at that name
    /// (a link planted there, say) is an <see cref="IOException"/> and nothing is written; a folder
    /// gone is a <see cref="DirectoryNotFoundException"/>, never made anew.
    /// </summary>
    public static void Create(string path, Action<Stream> write) => Place(Path.GetFullPath(path), write, replace: false);

    private static void Place(string path, Action<Stream> write, bool replace)
    {
        ArgumentNullException.ThrowIfNull(write);
        var part = $"{path}.{Guid.NewGuid().ToString("N")[..12]}.part";
        try
        {
            using (var stream = new FileStream(part, Options(FileMode.CreateNew, FileAccess.Write)))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(part, path, replace);
        }
        catch
        {
            if (File.Exists(part)) File.Delete(part);
            throw;
        }
    }

    /// <summary>
    /// A file the bot keeps open under its own name (the database, its log, its lock file): made
    /// empty and 600 when missing; made 600 when it is the service user's and others could read it
    /// (a file from a release that did not do this).
    /// </summary>
    public static void Claim(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        if (!File.Exists(path))
        {
            try
            {
                new FileStream(path, Options(FileMode.CreateNew, FileAccess.Write)).Dispose();
                return;
            }
            catch (IOException) when (File.Exists(path))
            {
                // made meanwhile: made private below if it is ours
            }
            catch (UnauthorizedAccessException)
            {
                return; // a folder this user may not write in: LiteDB, if it needs the file, says so itself
            }
        }
        if (FileOwners.Of(path) is { IsSymbolicLink: false, OthersMayAccess: true } existing && existing.Owner == FileOwners.ProcessUser)
            File.SetUnixFileMode(path, FilePermissions);
    }
}
