using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Conversations.Polls;
using SoLienLac.Bot.School;
using SoLienLac.Bot.SchoolFiles;
using SoLienLac.Domain.Polls;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Cli;

/// <summary>
/// <c>export scores --class C --out PATH.xlsx|.csv</c>: a class gradebook in the scores format;
/// <c>export poll --id ID --out PATH.xlsx|.csv</c>: a poll's answers, a row a child (those not answered too).
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var className = new Option<string>("--class") { Description = "Lớp, ví dụ 6A", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Tệp .xlsx hoặc .csv", Required = true };
        var school = SchoolChoice.Option();
        var scores = new Command("scores", "Sổ điểm của lớp theo mẫu scores / a class gradebook") { className, output, school };
        scores.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = context.Terminal;
            var file = parse.GetRequiredValue(output);
            if (!ClassName.TryParse(parse.GetRequiredValue(className), out var name))
            {
                terminal.Error.WriteLine($"--class \"{parse.GetRequiredValue(className)}\" không phải tên lớp (ví dụ 6A).");
                return ExitCodes.BadInput;
            }
            if (file.Extension.ToLowerInvariant() is not (".xlsx" or ".csv"))
            {
                terminal.Error.WriteLine($"--out {file.Name}: chỉ ghi tệp .xlsx hoặc .csv.");
                return ExitCodes.BadInput;
            }
            using var host = context.BuildHost(parse);
            if (await SchoolChoice.ResolveAsync(host.Services, parse.GetValue(school), terminal, cancellationToken) is not { } chosen) return ExitCodes.BadInput;
            name = chosen.Place(name);
            var students = await host.Services.GetRequiredService<IStudentDirectory>().InClassAsync(name, cancellationToken);
            if (students.Count == 0)
            {
                terminal.Error.WriteLine($"Lớp {name} không có trong danh sách học sinh.");
                return ExitCodes.BadInput;
            }
            var rows = await GradebookExport.WriteAsync(file.FullName, students, host.Services.GetRequiredService<IGradeBook>(), cancellationToken);
            terminal.Out.WriteLine($"Lớp {name}: {rows} điểm → {file.FullName}");
            await VerbAccess.RecordAsync(host.Services, context, students.Select(s => s.Code), "export", cancellationToken);
            return ExitCodes.Success;
        });
        return new Command("export", "Xuất dữ liệu / export") { scores, Poll(context) };
    }

    private static Command Poll(CliContext context)
    {
        var id = new Option<string>("--id") { Description = "Mã khảo sát (8 chữ số đầu, như trong /khaosat)", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Tệp .xlsx hoặc .csv", Required = true };
        var poll = new Command("poll", "Kết quả một khảo sát / a poll's answers") { id, output };
        poll.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = context.Terminal;
            var file = parse.GetRequiredValue(output);
            if (file.Extension.ToLowerInvariant() is not (".xlsx" or ".csv"))
            {
                terminal.Error.WriteLine($"--out {file.Name}: chỉ ghi tệp .xlsx hoặc .csv.");
                return ExitCodes.BadInput;
            }
            using var host = context.BuildHost(parse);
            var found = await PollIds.FindAsync(host.Services.GetRequiredService<IPolls>(), parse.GetRequiredValue(id), cancellationToken);
            if (found.Count != 1)
            {
                terminal.Error.WriteLine(found.Count == 0
                    ? $"--id {parse.GetRequiredValue(id)}: không có khảo sát nào có mã này (xem mã bằng /khaosat)."
                    : $"--id {parse.GetRequiredValue(id)}: nhiều khảo sát bắt đầu bằng mã này; hãy ghi mã dài hơn.");
                return ExitCodes.BadInput;
            }
            var rows = await PollExport.WriteAsync(file.FullName, found[0], host.Services.GetRequiredService<IStudentDirectory>(), host.Services.GetRequiredService<IPolls>(),
                host.Services.GetRequiredService<SchoolCalendar>(), cancellationToken);
            terminal.Out.WriteLine($"Khảo sát {found[0].ShortId}: {rows.Answered}/{rows.Children} học sinh đã trả lời → {file.FullName}");
            await VerbAccess.RecordAsync(host.Services, context, rows.Students, "export", cancellationToken);
            return ExitCodes.Success;
        });
        return poll;
    }
}
