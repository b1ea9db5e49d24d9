using System.Runtime.InteropServices;

namespace SoLienLac.Files;

/// <summary>
/// Who owns a file and who this process runs as — what .NET does not tell (it gives a file's mode,
/// not its owner). Through libc on Linux: <c>statx</c>, whose layout is the same on every
/// architecture (unlike <c>struct stat</c>), and <c>getpwuid_r</c>. Elsewhere owners are unknown (null).
/// </summary>
public static class FileOwners
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint WantTypeModeAndOwner = 0x1 | 0x2 | 0x8; // STATX_TYPE | STATX_MODE | STATX_UID
    private const int NoSuchFile = 2, NotADirectory = 20; // ENOENT, ENOTDIR
    private const int TypeBits = 0xF000, SymbolicLink = 0xA000, Directory = 0x4000;

    /// <summary>
    /// Whether libc answers here: a Linux whose C library lacks <c>statx</c> (glibc before 2.28, musl)
    /// is treated like a system without Unix owners, rather than failing to open the database.
    /// </summary>
    private static readonly Lazy<bool> Available = new(() =>
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            Native.geteuid();
            _ = Native.statx(AtCurrentDirectory, "/\0"u8.ToArray(), AtSymlinkNoFollow, WantTypeModeAndOwner, new byte[256]);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    });

    /// <summary>The user this process acts as (its effective uid); null where there are no Unix owners.</summary>
    public static uint? ProcessUser => Available.Value ? Native.geteuid() : null;

    /// <summary>The path itself, not what a link points to; null when it does not exist or owners are unknown here.</summary>
    /// <exception cref="IOException">The file system would not say (a folder on the way not readable, say).</exception>
    public static FileOwnership? Of(string path)
    {
        if (!Available.Value) return null;
        var buffer = new byte[256]; // struct statx
        if (Native.statx(AtCurrentDirectory, System.Text.Encoding.UTF8.GetBytes(path + "\0"), AtSymlinkNoFollow, WantTypeModeAndOwner, buffer) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error is NoSuchFile or NotADirectory) return null;
            throw new IOException($"{path}: statx failed ({Marshal.GetPInvokeErrorMessage(error)})", error);
        }
        var owner = BitConverter.ToUInt32(buffer, 20);
        var mode = BitConverter.ToUInt16(buffer, 28);
        return new FileOwnership(owner, (UnixFileMode)(mode & 0xFFF), (mode & TypeBits) == SymbolicLink, (mode & TypeBits) == Directory);
    }

    /// <summary>The user's login name, or the number when the system knows no name for it.</summary>
    public static string NameOf(uint user)
    {
        const int Size = 16 * 1024;
        var entry = Marshal.AllocHGlobal(128); // struct passwd; pw_name comes first on every libc
        var strings = Marshal.AllocHGlobal(Size);
        try
        {
            return Native.getpwuid_r(user, entry, strings, Size, out var found) == 0 && found != IntPtr.Zero
                && Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(found)) is { Length: > 0 } name
                ? name
                : user.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            Marshal.FreeHGlobal(strings);
            Marshal.FreeHGlobal(entry);
        }
    }

    private static class Native
    {
        [DllImport("libc")]
        public static extern uint geteuid();

        [DllImport("libc", SetLastError = true)]
        public static extern int statx(int directory, byte[] path, int flags, uint mask, [Out] byte[] buffer);

        [DllImport("libc")]
        public static extern int getpwuid_r(uint user, IntPtr entry, IntPtr strings, nuint size, out IntPtr found);
    }
}
