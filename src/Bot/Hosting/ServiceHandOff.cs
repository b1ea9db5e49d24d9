using System.Text;
using SoLienLac.Files;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Storage;

namespace SoLienLac.Bot.Hosting;

/// <summary>
/// A verb the running bot is asked to carry out: its command line (paths absolute, no <c>--db</c>) and
/// who ran it — as the verb says; the bot goes by the owner of the request's file (<see cref="HandOffTrust"/>).
/// </summary>
public sealed record HandOffRequest(IReadOnlyList<string> Arguments, string User);

/// <summary>What the verb printed and its exit code, for the command line to print and return.</summary>
public sealed record HandOffResult(int ExitCode, string Out, string Error);

/// <summary>
/// Verbs while the bot runs (<c>import</c>, <c>status</c>, <c>backup</c>, <c>report</c>, …). The bot holds the database file alone,
/// so the verb leaves its request in the folder <c>&lt;database&gt;.handoff</c> and the bot carries
/// it out with the very same code, then leaves the result beside it for the verb to print. A request
/// is a file <c>ID.request</c>; the bot renames it <c>ID.taken</c> before it starts (so the verb
/// knows it will be done) and writes <c>ID.result</c> when done. Every file is written under a fresh
/// name of its own and moved into place, so neither side ever reads half a file, and none is written
/// through a link. Only the bot's own user may hand a verb over (<see cref="HandOffTrust"/>).
/// </summary>
public static class ServiceHandOff
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    /// <summary>How long a verb waits for the running bot to take its request before it gives up.</summary>
    public static readonly TimeSpan PickupWait = TimeSpan.FromSeconds(10);

    /// <summary>The folder a bot serving <paramref name="databasePath"/> watches; it exists while the bot runs.</summary>
    public static string FolderFor(string databasePath) => databasePath + ".handoff";

    /// <summary>Whether a running bot seems to serve that file (its folder is there).</summary>
    public static bool IsServed(string databasePath) => Directory.Exists(FolderFor(databasePath));

    /// <summary>
    /// Leaves the request and waits for its result. Null when no bot took it within
    /// <paramref name="pickup"/> (none is running, or something else holds the file): the request is
    /// withdrawn and nothing was done. Once taken, waits as long as the verb takes — unless the bot
    /// stops before it answers (nobody holds the database any more): then says so.
    /// </summary>
    public static async Task<HandOffResult?> AskAsync(string databasePath, HandOffRequest request, TimeSpan pickup, CancellationToken cancellationToken)
    {
        var folder = FolderFor(databasePath);
        if (!Directory.Exists(folder)) return null;
        var id = Guid.NewGuid().ToString("N");
        var requested = Path.Combine(folder, id + ".request");
        var taken = Path.Combine(folder, id + ".taken");
        var result = Path.Combine(folder, id + ".result");
        try
        {
            WriteWhole(requested, JsonSerializer.Serialize(request));
        }
        catch (UnauthorizedAccessException)
        {
            var owner = HandOffTrust.OwnerOf(folder);
            return new HandOffResult(ExitCodes.CannotRun, "", owner is null
                ? "Chỉ người dùng của bot mới chuyển được lệnh cho bot đang chạy: hãy chạy lại lệnh bằng người dùng đó (sudo -u …).\n"
                : $"Chỉ người dùng của bot ({owner}) mới chuyển được lệnh cho bot đang chạy: hãy chạy lại lệnh bằng sudo -u {owner} …\n");
        }
        catch (IOException)
        {
            return null; // the bot stopped as we asked (and took its folder away)
        }
        var until = DateTime.UtcNow + pickup;
        while (true)
        {
            await Task.Delay(Poll, cancellationToken);
            if (File.Exists(result))
            {
                var answer = JsonSerializer.Deserialize<HandOffResult>(await File.ReadAllTextAsync(result, cancellationToken));
                File.Delete(result);
                return answer;
            }
            if (!File.Exists(requested))
            {
                // Taken: the bot is on it while it holds the file and the request is there. (The bot
                // writes the result before it removes .taken: never a moment with neither.)
                if (IsHeld(databasePath) && File.Exists(taken)) continue;
                if (File.Exists(result)) continue;
                return new HandOffResult(ExitCodes.CannotRun, "", "Bot đã dừng trước khi làm xong lệnh; hãy chạy lại lệnh.\n");
            }
            if (DateTime.UtcNow < until) continue;
            // Not taken in time: withdraw it. If the bot took it meanwhile, its rename won and we wait on.
            try
            {
                File.Move(requested, requested + ".withdrawn");
                File.Delete(requested + ".withdrawn");
                return null;
            }
            catch (FileNotFoundException)
            {
            }
        }
    }

    /// <summary>
    /// A request still waiting this long was given up by its verb (which withdraws it after
    /// <see cref="PickupWait"/>, unless it was killed): it is dropped, not carried out late — an old
    /// <c>import scores</c> run days later would overwrite what teachers entered since.
    /// </summary>
    public static readonly TimeSpan StaleAfter = PickupWait + TimeSpan.FromSeconds(20);

    /// <summary>
    /// The bot's side: carries out every request waiting in the folder, oldest first, in the name of
    /// its file's owner. A verb that fails, a request that cannot be read or that is not the bot's
    /// user's own, gets a result saying so; nothing here stops the bot.
    /// </summary>
    public static async Task ServeWaitingAsync(string databasePath, Func<HandOffRequest, Task<HandOffResult>> carryOut, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(carryOut);
        logger ??= NullLogger.Instance;
        var folder = new DirectoryInfo(FolderFor(databasePath));
        foreach (var file in folder.GetFiles("*.request").OrderBy(f => f.LastWriteTimeUtc))
        {
            if (DateTime.UtcNow - file.LastWriteTimeUtc > StaleAfter)
            {
                file.Delete();
                continue;
            }
            var id = Path.GetFileNameWithoutExtension(file.Name);
            var taken = Path.Combine(folder.FullName, id + ".taken");
            try
            {
                File.Move(file.FullName, taken);
            }
            catch (FileNotFoundException)
            {
                continue; // withdrawn by the verb
            }
            try
            {
                var result = await CarryOutAsync(taken, carryOut, logger);
                WriteWhole(Path.Combine(folder.FullName, id + ".result"), JsonSerializer.Serialize(result));
            }
            catch (IOException e)
            {
                // Something already at the answer's name (a link planted there): never written through; the verb gives up.
                logger.LogError(e, "The answer to the verb handed over as {Request} could not be written", file.FullName);
            }
            finally
            {
                File.Delete(taken);
            }
        }
    }

    private static async Task<HandOffResult> CarryOutAsync(string taken, Func<HandOffRequest, Task<HandOffResult>> carryOut, ILogger logger)
    {
        try
        {
            if (HandOffTrust.WhyRefused(taken) is { } why)
            {
                logger.LogWarning("A verb handed over as {Request} is refused: {Why}", taken, why);
                return new HandOffResult(ExitCodes.CannotRun, "",
                    $"Bot chỉ nhận lệnh của chính người dùng của bot ({Environment.UserName}): hãy chạy lại lệnh bằng sudo -u {Environment.UserName} …\n");
            }
            var request = JsonSerializer.Deserialize<HandOffRequest>(await File.ReadAllTextAsync(taken))
                ?? throw new JsonException("empty request");
            return await carryOut(request with { User = HandOffTrust.UserOf(taken) });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new HandOffResult(ExitCodes.CannotRun, "", $"Bot không làm được lệnh ({e.GetType().Name}: {e.Message}).\n");
        }
    }

    /// <summary>
    /// At the bot's start: what a previous run left half done (a verb it had taken when it died, a
    /// result nobody came for) is removed — the verb that asked has long stopped waiting. Requests
    /// still waiting are kept: their verbs may be waiting through a restart.
    /// </summary>
    public static void ClearLeftovers(string databasePath)
    {
        foreach (var file in new DirectoryInfo(FolderFor(databasePath)).GetFiles())
        {
            if (file.Extension is ".taken" or ".result" or ".withdrawn" || (file.Extension == ".part" && DateTime.UtcNow - file.LastWriteTimeUtc > StaleAfter))
                file.Delete();
        }
    }

    /// <summary>Whether some process holds the database (its lock file, see <c>SchoolDatabase</c>).</summary>
    private static bool IsHeld(string databasePath)
    {
        try
        {
            using var probe = new FileStream(databasePath + ".lock", FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static void WriteWhole(string path, string text) => PrivateFiles.Create(path, file => file.Write(Encoding.UTF8.GetBytes(text)));
}
