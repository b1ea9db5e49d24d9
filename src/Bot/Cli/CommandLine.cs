using System.CommandLine;
using SoLienLac.Domain.Operations;
using System.CommandLine.Parsing;
using SoLienLac.Bot.Hosting;

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

    /// <param name="cancellationToken">Stops a serving verb (<c>run</c>) as Ctrl+C would.</param>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var terminal = context.Terminal;
        var root = Root(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) await terminal.Error.WriteLineAsync(error.Message);
            await terminal.Error.WriteLineAsync("Xem hướng dẫn: --help");
            return ExitCodes.WrongUsage;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = terminal.Out, Error = terminal.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null },
                cancellationToken);
        }
        catch (StoreBusyException busy) when (context.Bot is null && ServiceHandOff.IsServed(busy.DatabasePath) && ForTheBot(parsed) is { } handed)
        {
            // The bot serving that file carries the verb out, with the same code, and we print what it says.
            await terminal.Error.WriteLineAsync("Bot đang chạy và giữ tệp dữ liệu: lệnh được chuyển cho bot…");
            var result = await ServiceHandOff.AskAsync(busy.DatabasePath, new HandOffRequest(handed, context.User), ServiceHandOff.PickupWait, CancellationToken.None);
            if (result is null)
            {
                await terminal.Error.WriteLineAsync($"Không có bot nào nhận lệnh trong {ServiceHandOff.PickupWait.TotalSeconds:0} giây " +
                    "(bot có thể đang bận một lệnh dài, hoặc đã dừng): không có gì được làm. Hãy chạy lại lệnh sau ít phút.");
                return ExitCodes.CannotRun;
            }
            await terminal.Out.WriteAsync(result.Out);
            await terminal.Error.WriteAsync(result.Error);
            return result.ExitCode;
        }
        catch (StoreBusyException busy)
        {
            await terminal.Error.WriteLineAsync(Busy(busy));
            return ExitCodes.CannotRun;
        }
        catch (StoreNotAllowedException denied)
        {
            var owner = HandOffTrust.OwnerOf(denied.DatabasePath);
            await terminal.Error.WriteLineAsync($"Tệp dữ liệu {denied.DatabasePath} chỉ người dùng của bot đọc ghi được: " +
                (owner is null ? "hãy chạy lệnh bằng người dùng đó (sudo -u …)." : $"hãy chạy lệnh bằng sudo -u {owner} …"));
            return ExitCodes.CannotRun;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException invalid)
        {
            await terminal.Error.WriteLineAsync($"Cấu hình không hợp lệ: {string.Join("; ", invalid.Failures)}");
            return ExitCodes.CannotRun;
        }
    }

    /// <summary>Every verb, and the root's own action (serve).</summary>
    internal static RootCommand Root(CliContext context)
    {
        var root = new RootCommand("SoLienLac — sổ liên lạc điện tử / electronic contact book");
        root.Add(Database);
        root.Add(DemoCommand.Create(context));
        root.Add(ImportCommand.Create(context));
        root.Add(ResultsCommand.Create(context));
        root.Add(ReportCommand.Create(context));
        root.Add(StatusCommand.Create(context));
        root.Add(CodesCommand.Create(context));
        root.Add(ExportCommand.Create(context));
        root.Add(BackupCommand.Create(context));
        root.Add(LinksCommand.Create(context));
        root.Add(PrivacyCommand.Create(context));
        root.Add(SchoolsCommand.Create(context));
        root.Add(MigrateCommand.Create(context));
        root.Add(RunCommand.Create(context));
        root.Add(RunCommand.CreateChat(context));
        root.SetAction((parse, cancel) => RunCommand.Serve(parse, context, cancel));
        return root;
    }

    private static string Busy(StoreBusyException busy) =>
        $"Tệp dữ liệu {busy.DatabasePath} đang được một tiến trình khác mở (có lẽ dịch vụ đang chạy). " +
        "Hãy dừng dịch vụ rồi chạy lại lệnh, hoặc dùng --db với một tệp khác.";

    /// <summary>
    /// Whether a running bot may carry the verb out: not the verbs that serve (<c>run</c>,
    /// <c>chat</c>: the bot is already doing that), and never <c>demo</c> — the demo school's
    /// people, whose phone numbers are public, must not be written into a school's live store.
    /// </summary>
    internal static bool MayHandOver(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return parsed.Errors.Count == 0 && parsed.CommandResult.Command is not RootCommand
            && parsed.CommandResult.Command.Name is not ("run" or "chat" or "demo");
    }

    /// <summary>
    /// The command line as the bot must see it: without <c>--db</c> (the bot has its file open) and
    /// with every path made absolute (the bot does not run in this directory). Null for the verbs it
    /// may not carry out (<see cref="MayHandOver"/>).
    /// </summary>
    internal static IReadOnlyList<string>? ForTheBot(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (!MayHandOver(parsed)) return null;
        var paths = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        var dropped = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        foreach (var result in Walk(parsed.RootCommandResult))
        {
            switch (result)
            {
                case OptionResult option when option.Option == Database:
                    if (option.IdentifierToken is { } name) dropped.Add(name);
                    dropped.UnionWith(option.Tokens);
                    break;
                case OptionResult option when option.Option is PathOption || IsPath(option.Option.ValueType):
                    paths.UnionWith(option.Tokens);
                    break;
                case ArgumentResult argument when IsPath(argument.Argument.ValueType):
                    paths.UnionWith(argument.Tokens);
                    break;
            }
        }
        // GetFullPath keeps a trailing separator: a folder stays one (report --class all --out DIR/).
        return [.. parsed.Tokens.Where(t => !dropped.Contains(t)).Select(t => paths.Contains(t) ? Path.GetFullPath(t.Value) : t.Value)];
    }

    private static bool IsPath(Type type) => type == typeof(FileInfo) || type == typeof(DirectoryInfo);

    private static IEnumerable<SymbolResult> Walk(SymbolResult result)
    {
        yield return result;
        if (result is not CommandResult command) yield break;
        foreach (var child in command.Children)
            foreach (var descendant in Walk(child))
                yield return descendant;
    }
}
