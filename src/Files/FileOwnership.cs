namespace SoLienLac.Files;

/// <summary>What <c>lstat</c> says of a path: who owns it, its permission bits, and what it is (a link is not followed).</summary>
public readonly record struct FileOwnership(uint Owner, UnixFileMode Mode, bool IsSymbolicLink, bool IsDirectory)
{
    /// <summary>Group or others may write it: then anyone in them can plant or replace what is inside.</summary>
    public bool OthersMayWrite => (Mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0;

    /// <summary>Group or others may do anything with it at all.</summary>
    public bool OthersMayAccess => (Mode & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute)) != 0;
}
