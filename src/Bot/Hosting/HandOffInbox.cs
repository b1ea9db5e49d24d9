using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Storage.LiteDb;

namespace SoLienLac.Bot.Hosting;

/// <summary>
/// The bot's side of <see cref="ServiceHandOff"/>: while the bot runs, it looks every second for
/// verbs left for it (<c>import</c>, <c>status</c>) and carries them out as the command line would have.
/// </summary>
internal sealed class HandOffInbox(SchoolDatabase db, IServiceProvider services, ILogger<HandOffInbox> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = ServiceHandOff.FolderFor(db.Path);
        Directory.CreateDirectory(folder);
        try
        {
            using var timer = new PeriodicTimer(Every);
            do
            {
                await ServiceHandOff.ServeWaitingAsync(db.Path, request => Task.FromResult(CarryOut(request)));
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            // Gone while the bot is stopped, so a verb knows no one would take its request; left in
            // place if a request came in meanwhile (the verb withdraws it after its wait).
            try
            {
                Directory.Delete(folder);
            }
            catch (IOException)
            {
            }
        }
    }

    private HandOffResult CarryOut(HandOffRequest request)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var terminal = new Terminal(TextReader.Null, output, error, ShowsProgress: false);
        int code;
        try
        {
            code = request switch
            {
                { Verb: "import", Arguments: [var kind, var file] } => ImportCommand.Execute(kind, new FileInfo(file), services, terminal, request.User),
                { Verb: "status", Arguments: [] } => StatusCommand.Write(services, terminal),
                _ => Refuse(request, error),
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "{Verb} for {User} failed", request.Verb, request.User);
            error.WriteLine($"Bot không làm được lệnh {request.Verb} ({e.GetType().Name}: {e.Message}) — không có gì được ghi.");
            code = ExitCodes.CannotRun;
        }
        logger.LogInformation("{Verb} {Arguments} for {User}: exit code {Code}", request.Verb, string.Join(' ', request.Arguments), request.User, code);
        return new HandOffResult(code, output.ToString(), error.ToString());
    }

    private static int Refuse(HandOffRequest request, TextWriter error)
    {
        error.WriteLine($"Bot đang chạy không làm lệnh «{request.Verb} {string.Join(' ', request.Arguments)}»: hãy dừng bot rồi chạy lại lệnh.");
        return ExitCodes.WrongUsage;
    }
}
