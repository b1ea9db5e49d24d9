using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Cli;

/// <summary>
/// <c>codes --class C --out PATH.csv</c>: a fresh one-time activation code per student of the class
/// (the old ones stop working), valid to the end of the school year, stored hashed; the file is
/// the only place the codes are ever written in clear.
/// </summary>
internal static class CodesCommand
{
    public static Command Create(CliContext context)
    {
        var className = new Option<string>("--class") { Description = "Lớp, ví dụ 6A", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Tệp .csv: student_code, full_name, code, expires_on", Required = true };
        var command = new Command("codes", "Mã kích hoạt cho phụ huynh một lớp / activation codes for a class") { className, output };
        command.SetAction(parse => Run(parse.GetRequiredValue(className), parse.GetRequiredValue(output), parse, context));
        return command;
    }

    private static int Run(string classText, FileInfo output, ParseResult parse, CliContext context)
    {
        var terminal = context.Terminal;
        if (!ClassName.TryParse(classText, out var className))
        {
            terminal.Error.WriteLine($"--class \"{classText}\" không phải tên lớp (ví dụ 6A).");
            return ExitCodes.BadInput;
        }
        if (!output.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            terminal.Error.WriteLine($"--out {output.Name}: bản này ghi mã ra tệp .csv (thư in .pdf sẽ có sau).");
            return ExitCodes.BadInput;
        }
        using var host = context.BuildHost(parse);
        var students = host.Services.GetRequiredService<IStudentDirectory>().InClass(className).Where(s => s.IsStudying).ToList();
        if (students.Count == 0)
        {
            terminal.Error.WriteLine($"Lớp {className} không có trong danh sách học sinh.");
            return ExitCodes.BadInput;
        }
        var calendar = host.Services.GetRequiredService<SchoolCalendar>();
        var codes = host.Services.GetRequiredService<IActivationCodes>();
        var expires = calendar.Year.EndsOn;
        var audit = new ChangeSet();
        var actor = new Actor(Environment.UserName, "cli", $"codes --class {className}");
        Directory.CreateDirectory(output.DirectoryName!);
        using (var writer = new StreamWriter(output.FullName, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        {
            writer.WriteLine("student_code,full_name,code,expires_on");
            foreach (var student in students)
            {
                var (code, record) = ActivationCode.Issue(student.Code, expires);
                codes.Save(record);
                audit.Audit.Add(AuditEntry.Record(actor, calendar.Now, student.Code.Value, "Mã kích hoạt", null, $"cấp mới, hạn {expires.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}"));
                writer.WriteLine($"{student.Code},\"{student.FullName}\",{code},{expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
            }
        }
        host.Services.GetRequiredService<ISchoolRecords>().Save(audit);
        terminal.Out.WriteLine($"Lớp {className}: {students.Count} mã kích hoạt mới (mã cũ hết hiệu lực), hạn đến {expires.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} → {output.FullName}");
        return ExitCodes.Success;
    }
}
