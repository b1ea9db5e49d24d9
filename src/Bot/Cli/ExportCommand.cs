using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.SchoolFiles;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Cli;

/// <summary><c>export scores --class C --out PATH.xlsx|.csv</c>: a class gradebook in the scores format.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var className = new Option<string>("--class") { Description = "Lớp, ví dụ 6A", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Tệp .xlsx hoặc .csv", Required = true };
        var scores = new Command("scores", "Sổ điểm của lớp theo mẫu scores / a class gradebook") { className, output };
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
        return new Command("export", "Xuất dữ liệu / export") { scores };
    }
}
