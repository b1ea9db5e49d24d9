using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SoLienLac.Bot.Conversations.Verify;
using SoLienLac.Bot.Reports.Letters;
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
        var output = new Option<FileInfo>("--out") { Description = "Tệp .pdf (thư để in) hoặc .csv (student_code, full_name, code, expires_on)", Required = true };
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
        var letters = output.Extension.Equals(".pdf", StringComparison.OrdinalIgnoreCase);
        if (!letters && !output.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            terminal.Error.WriteLine($"--out {output.Name}: cần tệp .pdf (thư để in) hoặc .csv.");
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
        var bot = host.Services.GetRequiredService<IConfiguration>()["Telegram:BotUsername"]?.TrimStart('@');
        var issued = new List<ActivationLetter>();
        foreach (var student in students)
        {
            var (code, record) = ActivationCode.Issue(student.Code, expires);
            codes.Save(record);
            audit.Audit.Add(AuditEntry.Record(actor, calendar.Now, student.Code.Value, "Mã kích hoạt", null, $"cấp mới, hạn {expires.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}"));
            var link = string.IsNullOrWhiteSpace(bot) ? null : new Uri($"https://t.me/{bot}?start={DeepLink.Payload(student.Code, code)}");
            issued.Add(new ActivationLetter(student.Code.Value, student.FullName, className.Value, code, expires, link));
        }
        if (letters)
        {
            var school = host.Services.GetRequiredService<IOptions<SchoolOptions>>().Value.Name;
            File.WriteAllBytes(output.FullName, ActivationLettersPdf.Render(school, calendar.Year.Name, issued));
        }
        else
        {
            using var writer = new StreamWriter(output.FullName, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            writer.WriteLine("student_code,full_name,code,expires_on");
            foreach (var letter in issued)
                writer.WriteLine($"{letter.StudentCode},\"{letter.FullName}\",{letter.Code},{letter.ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }
        host.Services.GetRequiredService<ISchoolRecords>().Save(audit);
        terminal.Out.WriteLine($"Lớp {className}: {students.Count} mã kích hoạt mới (mã cũ hết hiệu lực), hạn đến {expires.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} → {output.FullName}");
        return ExitCodes.Success;
    }
}
