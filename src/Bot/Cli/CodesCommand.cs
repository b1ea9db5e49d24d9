using System.CommandLine;
using SoLienLac.Files;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SoLienLac.Bot.Conversations.Verify;
using SoLienLac.Bot.Reports.Letters;
using SoLienLac.Bot.School;
using SoLienLac.Bot.SchoolFiles;
using SoLienLac.Bot.Storage;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Cli;

/// <summary>
/// <c>codes --class C --out PATH.pdf|.csv</c>: a fresh one-time activation code per student of the
/// class (the old ones stop working), valid to the end of the school year, stored hashed; the file is
/// the only place the codes are ever written in clear. <c>codes --teacher all|GV003 --out …</c>: the
/// same for teachers, who link on Zalo with it (Zalo cannot share a phone).
/// </summary>
internal static class CodesCommand
{
    private const string Everyone = "all";

    public static Command Create(CliContext context)
    {
        var className = new Option<string?>("--class") { Description = "Lớp, ví dụ 6A: mã cho phụ huynh học sinh lớp đó" };
        var teacher = new Option<string?>("--teacher") { Description = "all (mọi giáo viên) hoặc mã giáo viên, ví dụ GV003: mã cho giáo viên" };
        var output = new Option<FileInfo>("--out") { Description = "Tệp .pdf (thư để in) hoặc .csv", Required = true };
        var school = SchoolChoice.Option();
        var command = new Command("codes", "Mã kích hoạt cho phụ huynh một lớp, hoặc cho giáo viên / activation codes for a class or for teachers")
        {
            className, teacher, output, school,
        };
        command.Validators.Add(r =>
        {
            if ((r.GetValue(className) is null) == (r.GetValue(teacher) is null))
                r.AddError("Cần đúng một trong hai: --class 6A (phụ huynh một lớp) hoặc --teacher all|GV003 (giáo viên).");
        });
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(className), parse.GetValue(teacher), parse.GetRequiredValue(output), parse.GetValue(school),
            parse, context, cancel));
        return command;
    }

    private static async Task<int> RunAsync(string? classText, string? teacherText, FileInfo output, string? schoolText, ParseResult parse, CliContext context,
        CancellationToken cancellationToken)
    {
        var terminal = context.Terminal;
        ClassName className = default;
        if (classText is not null && !ClassName.TryParse(classText, out className))
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
        if (await SchoolChoice.ResolveAsync(host.Services, schoolText, terminal, cancellationToken) is not { } chosen) return ExitCodes.BadInput;
        className = chosen.Place(className);
        var holders = classText is not null ? await FamiliesAsync(host, className, terminal, cancellationToken)
            : await TeachersAsync(host, teacherText!, chosen, terminal, cancellationToken);
        if (holders is null) return ExitCodes.BadInput;

        var calendar = host.Services.GetRequiredService<SchoolCalendar>();
        var codes = host.Services.GetRequiredService<IActivationCodes>();
        var expires = calendar.Year.EndsOn;
        var audit = new ChangeSet();
        var actor = new Actor(context.User, "cli", classText is not null ? $"codes --class {className}" : $"codes --teacher {teacherText}");
        var bot = host.Services.GetRequiredService<IConfiguration>()["Telegram:BotUsername"]?.TrimStart('@');
        var issued = new List<ActivationLetter>();
        foreach (var (holder, letter) in holders)
        {
            var (code, record) = ActivationCode.Issue(holder, expires);
            await codes.SaveAsync(record, cancellationToken);
            audit.Audit.Add(AuditEntry.Record(actor, calendar.Now, holder.Code, "Mã kích hoạt", null, $"cấp mới, hạn {VietnameseFormat.Date(expires)}"));
            var link = string.IsNullOrWhiteSpace(bot) ? null : new Uri($"https://t.me/{bot}?start={DeepLink.Payload(holder.Code, code)}");
            issued.Add(letter with { Code = code, ExpiresOn = expires, TelegramLink = link });
        }
        if (letters)
        {
            var school = (await host.Services.GetRequiredService<SchoolProfiles>().OfAsync(chosen.School, cancellationToken)).Name;
            var pdf = ActivationLettersPdf.Render(school, calendar.Year.Name, issued);
            PrivateFiles.Write(output.FullName, file => file.Write(pdf));
        }
        else
        {
            string[] header = [classText is not null ? "student_code" : "teacher_code", "full_name", "code", "expires_on"];
            SchoolCsv.WriteFile(output.FullName, header, issued.Select(letter => (IReadOnlyList<string>)
                [letter.HolderCode, letter.FullName, letter.Code, letter.ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]));
        }
        await host.Services.GetRequiredService<ISchoolRecords>().SaveAsync(audit, cancellationToken);
        var whom = classText is not null ? $"Lớp {className}" : "Giáo viên";
        terminal.Out.WriteLine($"{whom}: {issued.Count} mã kích hoạt mới (mã cũ hết hiệu lực), hạn đến {VietnameseFormat.Date(expires)} → {output.FullName}");
        return ExitCodes.Success;
    }

    private static async Task<List<(CodeHolder, ActivationLetter)>?> FamiliesAsync(IHost host, ClassName className, Terminal terminal, CancellationToken cancellationToken)
    {
        var students = (await host.Services.GetRequiredService<IStudentDirectory>().InClassAsync(className, cancellationToken)).Where(s => s.IsStudying).ToList();
        if (students.Count == 0)
        {
            terminal.Error.WriteLine($"Lớp {className} không có trong danh sách học sinh.");
            return null;
        }
        return students.Select(s => (CodeHolder.Student(s.Code), ActivationLetter.ForFamily(s.Code.Value, s.FullName, className.Value))).ToList();
    }

    private static async Task<List<(CodeHolder, ActivationLetter)>?> TeachersAsync(IHost host, string text, SchoolChoice.Chosen chosen, Terminal terminal,
        CancellationToken cancellationToken)
    {
        var directory = host.Services.GetRequiredService<ITeacherDirectory>();
        IReadOnlyList<Teacher> teachers;
        // "all": the chosen school's teachers (a teacher of two schools gets a letter from each).
        if (string.Equals(text.Trim(), Everyone, StringComparison.OrdinalIgnoreCase))
            teachers = [.. (await directory.AllAsync(cancellationToken)).Where(t => chosen.School is null || t.Schools.Contains(chosen.School))];
        else if (await directory.FindAsync(text.Trim(), cancellationToken) is { } one) teachers = [one];
        else
        {
            terminal.Error.WriteLine($"--teacher \"{text}\": không có giáo viên mã này (hãy nhập danh sách giáo viên: import teachers).");
            return null;
        }
        if (teachers.Count == 0)
        {
            terminal.Error.WriteLine("Chưa có giáo viên nào: hãy nhập danh sách giáo viên trước (import teachers).");
            return null;
        }
        return teachers.OrderBy(t => t.Code, StringComparer.Ordinal)
            .Select(t => (CodeHolder.Teacher(t.Code), ActivationLetter.ForTeacher(t.Code, t.FullName, Duties(t)))).ToList();
    }

    /// <summary>"Chủ nhiệm 6A · Toán 6A, 6B": what the teacher's letter says they are assigned.</summary>
    private static string Duties(Teacher teacher)
    {
        if (teacher.IsAdmin) return "Ban giám hiệu";
        var homeroom = teacher.Assignments.Where(a => a.Role == TeacherRole.Homeroom).Select(a => $"Chủ nhiệm {a.ClassName}");
        var subjects = teacher.Assignments.Where(a => a.Role == TeacherRole.Subject).GroupBy(a => a.Subject!.Name)
            .Select(g => $"{g.Key} {string.Join(", ", g.Select(a => a.ClassName!.Value.Value))}");
        return string.Join(" · ", homeroom.Concat(subjects));
    }
}
