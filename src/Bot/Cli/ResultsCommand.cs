using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Reports;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Cli;

/// <summary><c>results --class C --term 1|2|year [--format table|csv|json]</c>: Circular 22 results of a class.</summary>
internal static class ResultsCommand
{
    public static Command Create(CliContext context)
    {
        var className = new Option<string>("--class") { Description = "Lớp, ví dụ 6A", Required = true };
        var term = new Option<string>("--term") { Description = "1, 2 hoặc year", Required = true };
        term.AcceptOnlyFromAmong("1", "2", "year");
        var format = new Option<string>("--format") { Description = "table, csv hoặc json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var school = SchoolChoice.Option();
        var command = new Command("results", "Kết quả học tập và rèn luyện theo Thông tư 22 / Circular 22 results") { className, term, format, school };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetRequiredValue(className), parse.GetRequiredValue(term),
            parse.GetRequiredValue(format), parse.GetValue(school), parse, context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string classText, string termText, string format, string? schoolText, ParseResult parse, CliContext context,
        CancellationToken cancellationToken)
    {
        var terminal = context.Terminal;
        if (!ClassName.TryParse(classText, out var className))
        {
            terminal.Error.WriteLine($"--class \"{classText}\" không phải tên lớp (ví dụ 6A).");
            return ExitCodes.BadInput;
        }
        Term? term = termText == "year" ? null : termText == "1" ? Term.I : Term.II;

        using var host = context.BuildHost(parse);
        if (await SchoolChoice.ResolveAsync(host.Services, schoolText, terminal, cancellationToken) is not { } school) return ExitCodes.BadInput;
        className = school.Place(className);
        var students = host.Services.GetRequiredService<IStudentDirectory>();
        if ((await students.InClassAsync(className, cancellationToken)).Count == 0)
        {
            terminal.Error.WriteLine($"Lớp {className} không có trong danh sách học sinh.");
            return ExitCodes.BadInput;
        }
        var year = host.Services.GetRequiredService<SchoolCalendar>().YearOf(
            await host.Services.GetRequiredService<SchoolProfiles>().OfAsync(className.School, cancellationToken));
        var results = await host.Services.GetRequiredService<ClassResults>().OfAsync(className, year, term, cancellationToken);
        switch (format)
        {
            case "json":
                terminal.Out.WriteLine(ResultsJson.Serialize(results));
                break;
            case "csv":
                ResultsTable.WriteCsv(terminal.Out, results);
                break;
            default:
                ResultsTable.WriteTable(terminal.Out, results);
                break;
        }
        await VerbAccess.RecordAsync(host.Services, context, results.Select(r => r.Student.Code), "results", cancellationToken);
        return ExitCodes.Success;
    }
}
