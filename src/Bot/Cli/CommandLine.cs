using System.CommandLine;
using SoLienLac.Bot.Storage.LiteDb;

namespace SoLienLac.Bot.Cli;

/// <summary>
/// The verbs of the executable (CONTRACTS: run, chat, demo, import, results, …). Each verb builds
/// the host it needs; a wrong command line exits with 2 before anything is opened.
/// </summary>
public static class CommandLine
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "Tệp LiteDB (thay cho Storage:DatabasePath) / the LiteDB file",
        Recursive = true,
    };

    public static Task<int> RunAsync(string[] args) => RunAsync(args, CliContext.System());

    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var terminal = context.Terminal;
        var root = new RootCommand("SoLienLac — sổ liên lạc điện tử / electronic contact book");
        root.Add(Database);
        root.Add(DemoCommand.Create(context));
        root.Add(ImportCommand.Create(context));
        root.Add(ResultsCommand.Create(context));
        root.Add(ReportCommand.Create(context));
        root.Add(StatusCommand.Create(context));
        root.Add(CodesCommand.Create(context));
        root.Add(ExportCommand.Create(context));
        var run = RunCommand.Create(context);
        root.Add(run);
        root.Add(RunCommand.CreateChat(context));
        root.SetAction((parse, cancel) => RunCommand.Serve(parse, context, cancel));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) await terminal.Error.WriteLineAsync(error.Message);
            await terminal.Error.WriteLineAsync("Xem hướng dẫn: --help");
            return ExitCodes.WrongUsage;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = terminal.Out, Error = terminal.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (DatabaseBusyException busy)
        {
            await terminal.Error.WriteLineAsync(
                $"Tệp dữ liệu {busy.DatabasePath} đang được một tiến trình khác mở (có lẽ dịch vụ đang chạy). " +
                "Hãy dừng dịch vụ rồi chạy lại lệnh, hoặc dùng --db với một tệp khác.");
            return ExitCodes.CannotRun;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException invalid)
        {
            await terminal.Error.WriteLineAsync($"Cấu hình không hợp lệ: {string.Join("; ", invalid.Failures)}");
            return ExitCodes.CannotRun;
        }
    }
}
