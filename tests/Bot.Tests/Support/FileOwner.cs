using System.Diagnostics;
using SoLienLac.Files;

namespace SoLienLac.Bot.Tests.Support;

/// <summary>Gives a file to another user, as someone else on the machine would have made it; only root may.</summary>
public static class FileOwner
{
    /// <summary>nobody: a user other than the one running the tests.</summary>
    public const int Nobody = 65534;

    public static bool CanChange => Files.FileOwners.ProcessUser == 0;

    public static void Give(string path, int user)
    {
        using var chown = Process.Start(new ProcessStartInfo("chown", ["-h", $"{user}:{user}", path]) { RedirectStandardError = true })!;
        chown.WaitForExit();
        if (chown.ExitCode != 0) throw new InvalidOperationException($"chown {path}: {chown.StandardError.ReadToEnd()}");
    }
}
