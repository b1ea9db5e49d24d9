using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SoLienLac.Bot.Delivery;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.School;
using SoLienLac.Bot.SchoolFiles;
using SoLienLac.Bot.Storage;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.SchoolFiles;

namespace SoLienLac.Bot.Cli;

/// <summary>
/// <c>import roster|teachers|scores|attendance|conduct FILE</c>: the whole file is checked first;
/// one bad row and nothing is written (exit 1, each refusal as file:line: column). While the service
/// runs (and holds the file), the bot does the import (<see cref="Hosting.ServiceHandOff"/>).
/// </summary>
internal static class ImportCommand
{
    private const int ErrorsShown = 50;

    private static readonly string[] Kinds = ["roster", "teachers", "scores", "attendance", "conduct"];

    public static Command Create(CliContext context)
    {
        var command = new Command("import", "Nhập dữ liệu của trường từ CSV/XLSX / import the school's files");
        foreach (var kind in Kinds)
        {
            var file = new Argument<FileInfo>("FILE") { Description = "Tệp .csv hoặc .xlsx" };
            var school = SchoolChoice.Option();
            var sub = new Command(kind) { file, school };
            sub.SetAction((parse, cancel) => RunAsync(kind, parse.GetRequiredValue(file), parse.GetValue(school), parse, context, cancel));
            command.Add(sub);
        }
        return command;
    }

    private static async Task<int> RunAsync(string kind, FileInfo file, string? school, ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        if (Refuse(file, context.Terminal) is { } refused) return refused;
        using var host = context.BuildHost(parse);
        if (await SchoolChoice.ResolveAsync(host.Services, school, context.Terminal, cancellationToken) is not { } chosen) return ExitCodes.BadInput;
        return await ExecuteAsync(kind, file, chosen, host.Services, context.Terminal, context.User, cancellationToken);
    }

    /// <summary>Why the file cannot be imported at all (before any store is opened), or null.</summary>
    private static int? Refuse(FileInfo file, Terminal terminal)
    {
        if (!file.Exists)
        {
            terminal.Error.WriteLine($"{file.Name}: không tìm thấy tệp {file.FullName}");
            return ExitCodes.BadInput;
        }
        if (file.Extension.ToLowerInvariant() is not (".csv" or ".xlsx"))
        {
            terminal.Error.WriteLine($"{file.Name}: chỉ nhận tệp .csv hoặc .xlsx");
            return ExitCodes.BadInput;
        }
        return null;
    }

    /// <summary>
    /// The people of a real school (guardians' phones, teachers' roles) never go into a store holding
    /// the demo school, whose people's phones are public: a demo principal would see them. Scores,
    /// attendance and conduct only touch students already on the roster, so they may (the demo's own).
    /// </summary>
    private static string DemoStore(string file, string database) =>
        $"{file}: tệp dữ liệu {Path.GetFullPath(database)} đang chứa trường mẫu \"{DemoSchool.Name}\" — danh sách học sinh, phụ huynh " +
        "và giáo viên của trường thật không được nhập chung với trường mẫu (số điện thoại của người trong trường mẫu là công khai). " +
        "Không có gì được ghi. Hãy bắt đầu với một tệp mới: thêm --db data/truong.db vào lệnh (và đặt Storage__DatabasePath=data/truong.db " +
        "cho dịch vụ), hoặc dừng bot, xóa tệp trường mẫu rồi nhập lại.";

    private static async Task<int> ExecuteAsync(string kind, FileInfo file, SchoolChoice.Chosen school, IServiceProvider services, Terminal terminal, string user,
        CancellationToken cancellationToken)
    {
        var calendar = services.GetRequiredService<SchoolCalendar>();
        var english = services.GetRequiredService<IOptions<SchoolOptions>>().Value.Language == "en";
        var actor = new Actor(user, "cli", $"import {kind} {file.Name}");
        if (kind is "roster" or "teachers" && await services.GetRequiredService<DemoSeeder>().HoldsTheDemoSchoolAsync(cancellationToken))
        {
            terminal.Error.WriteLine(DemoStore(file.Name, services.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath));
            return ExitCodes.BadInput;
        }
        var progress = new ProgressLine(terminal, file.Name);

        ImportOutcome outcome;
        try
        {
            var table = TableReader.Open(file.FullName) with { School = school.School, Schools = school.Codes };
            outcome = kind switch
            {
                "roster" => await services.GetRequiredService<RosterImport>().CheckAsync(table, actor, calendar.Now, progress, cancellationToken: cancellationToken),
                "teachers" => await services.GetRequiredService<TeachersImport>().CheckAsync(table, actor, calendar.Now, progress, cancellationToken: cancellationToken),
                "scores" => await services.GetRequiredService<ScoresImport>().CheckAsync(table, actor, calendar.Now, progress, cancellationToken: cancellationToken),
                "attendance" => await services.GetRequiredService<AttendanceImport>().CheckAsync(table, calendar.Year, actor, calendar.Now, progress, cancellationToken: cancellationToken),
                _ => await services.GetRequiredService<ConductImport>().CheckAsync(table, actor, calendar.Now, progress, cancellationToken: cancellationToken),
            };
        }
        catch (Exception e) when (TableReader.CannotRead(e))
        {
            progress.Done();
            var unreadable = new ImportError(0, "", null, ImportProblem.Unreadable);
            // The reason's first line only: a CSV library's message goes on to quote the whole record.
            var reason = EchoedText.Value(e.Message.Split('\n')[0]);
            terminal.Error.WriteLine($"{ImportMessages.Describe(file.Name, unreadable, english)} ({e.GetType().Name}: {reason})");
            return ExitCodes.BadInput;
        }
        progress.Done();

        if (!outcome.IsValid)
        {
            foreach (var error in outcome.Errors.Take(ErrorsShown))
                terminal.Error.WriteLine(ImportMessages.Describe(file.Name, error, english));
            if (outcome.Errors.Count > ErrorsShown)
                terminal.Error.WriteLine($"… và {outcome.Errors.Count - ErrorsShown} lỗi khác.");
            terminal.Error.WriteLine($"{file.Name}: {outcome.Errors.Count} lỗi — không có gì được ghi. Sửa tệp rồi nhập lại.");
            return ExitCodes.BadInput;
        }

        await services.GetRequiredService<ISchoolRecords>().SaveAsync(outcome.Changes, cancellationToken);
        var told = await services.GetRequiredService<EndedLinkNotices>().TellAsync(outcome.Changes, cancellationToken);
        var s = outcome.Summary;
        terminal.Out.WriteLine($"{file.Name}: {s.Rows} dòng — {s.Added} mới, {s.Changed} thay đổi, {s.Unchanged} không đổi.");
        if (told > 0)
            terminal.Out.WriteLine($"{file.Name}: {told} liên kết trò chuyện đã kết thúc (số điện thoại không còn trong hồ sơ, hoặc giáo viên đã nghỉ); " +
                "mỗi cuộc trò chuyện được báo một lần. Xem: links --student MÃ / links --teacher MÃ.");
        return ExitCodes.Success;
    }
}
