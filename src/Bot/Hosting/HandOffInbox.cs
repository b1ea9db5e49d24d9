using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SoLienLac.Bot.Cli;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Bot.Hosting;

/// <summary>
/// The bot's side of <see cref="ServiceHandOff"/>: while the bot runs, it looks every second for
/// verbs left for it and runs them through the same command line, on its own open store. A folder
/// others could write in, or that is not the bot's user's, is not served (<see cref="HandOffTrust"/>):
/// the log says why, once, and serving starts when the folder is put right.
/// </summary>
internal sealed class HandOffInbox(IStoreBackup store, IServiceProvider services, ILogger<HandOffInbox> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Only a store held by one process (a file) needs verbs handed over; a server database takes them directly.
        if (store.FilePath is not { } path) return;
        var folder = ServiceHandOff.FolderFor(path);
        string? refused = null;
        var served = false;
        try
        {
            using var timer = new PeriodicTimer(Every);
            do
            {
                try
                {
                    if (HandOffTrust.PrepareFolder(folder) is { } why)
                    {
                        if (why != refused)
                            logger.LogError("Verbs handed over are not served: {Why}. Remove that folder (the bot makes it anew, mode 700) or give it to the bot's user with mode 700", why);
                        refused = why;
                        continue;
                    }
                    if (refused is not null) logger.LogInformation("Verbs handed over in {Folder} are served again", folder);
                    refused = null;
                    if (!served) ServiceHandOff.ClearLeftovers(path);
                    served = true;
                    await ServiceHandOff.ServeWaitingAsync(path, CarryOutAsync, logger);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // A full disk or a folder made unwritable: the verbs wait and withdraw; the bot goes on serving.
                    logger.LogError(e, "Verbs handed over in {Folder} could not be served", folder);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            // Gone while the bot is stopped, so a verb knows no one would take its request; left in
            // place if a request came in meanwhile (the verb withdraws it after its wait), and left
            // alone when it was not the bot's to serve.
            try
            {
                if (served && refused is null) Directory.Delete(folder);
            }
            catch (IOException)
            {
            }
        }
    }

    private async Task<HandOffResult> CarryOutAsync(HandOffRequest request)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(new Terminal(TextReader.Null, output, error, ShowsProgress: false), new Dictionary<string, string?>())
        {
            Bot = services,
            User = request.User,
        };
        var line = string.Join(' ', request.Arguments);
        var parsed = CommandLine.Root(context).Parse([.. request.Arguments]);
        int code;
        if (!CommandLine.MayHandOver(parsed) || parsed.GetValue(CommandLine.Database) is not null)
        {
            // The command line checks this before it hands a verb over; a request written by hand is checked again.
            error.WriteLine($"Bot đang chạy không làm lệnh «{line}».");
            code = ExitCodes.WrongUsage;
        }
        else
        {
            try
            {
                code = await CommandLine.RunAsync([.. request.Arguments], context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogError(e, "{Line} for {User} failed", line, request.User);
                error.WriteLine($"Bot không làm được lệnh «{line}» ({e.GetType().Name}: {e.Message}).");
                code = ExitCodes.CannotRun;
            }
        }
        logger.LogInformation("{Line} for {User}: exit code {Code}", line, request.User, code);
        return new HandOffResult(code, output.ToString(), error.ToString());
    }
}
