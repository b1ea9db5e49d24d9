using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Delivery;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Cli;

/// <summary>
/// <c>links --student CODE | --teacher CODE</c> lists the chats linked (channel, when, how verified,
/// ended or not); <c>links revoke --student CODE | --teacher CODE [--chat CHANNEL:ID]</c> ends them,
/// audited, and each chat is told once. The school's way to take access away without an import.
/// </summary>
internal static class LinksCommand
{
    public static Command Create(CliContext context)
    {
        var (student, teacher) = Whose();
        var links = new Command("links", "Các cuộc trò chuyện đã liên kết; kết thúc liên kết / linked chats, and revoking them") { student, teacher };
        OneOf(links, student, teacher);
        links.SetAction((parse, cancel) => ListAsync(parse, context, parse.GetValue(student), parse.GetValue(teacher), cancel));
        links.Add(Revoke(context));
        return links;
    }

    private static Command Revoke(CliContext context)
    {
        var (student, teacher) = Whose();
        var chat = new Option<string?>("--chat") { Description = "Chỉ một cuộc trò chuyện, ví dụ telegram:123456 / one chat only" };
        var revoke = new Command("revoke", "Kết thúc liên kết (ghi nhật ký, báo cho cuộc trò chuyện) / end links") { student, teacher, chat };
        OneOf(revoke, student, teacher);
        revoke.SetAction(async (parse, cancel) =>
        {
            var only = parse.GetValue(chat);
            if (only is not null && !TryChat(only, out _))
            {
                context.Terminal.Error.WriteLine($"--chat \"{only}\" không đúng dạng KÊNH:MÃ (ví dụ telegram:123456).");
                return ExitCodes.BadInput;
            }
            using var host = context.BuildHost(parse);
            return await new Revocation(host.Services, context).RunAsync(parse.GetValue(student), parse.GetValue(teacher), only is null ? null : ChatAddress.Parse(only), cancel);
        });
        return revoke;
    }

    private static (Option<string?> Student, Option<string?> Teacher) Whose() =>
        (new Option<string?>("--student") { Description = "Mã học sinh / student code" },
         new Option<string?>("--teacher") { Description = "Mã giáo viên / teacher code" });

    private static void OneOf(Command command, Option<string?> student, Option<string?> teacher) =>
        command.Validators.Add(r =>
        {
            if ((r.GetValue(student) is null) == (r.GetValue(teacher) is null))
                r.AddError("Cần đúng một trong hai: --student MÃ hoặc --teacher MÃ.");
        });

    private static bool TryChat(string text, out ChatAddress chat)
    {
        chat = default;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1) return false;
        chat = ChatAddress.Parse(text.Trim());
        return true;
    }

    private static async Task<int> ListAsync(ParseResult parse, CliContext context, string? studentCode, string? teacherCode, CancellationToken cancellationToken)
    {
        using var host = context.BuildHost(parse);
        var services = host.Services;
        var terminal = context.Terminal;
        var links = services.GetRequiredService<IChatLinks>();
        var calendar = services.GetRequiredService<SchoolCalendar>();
        if (studentCode is not null)
        {
            if (await FindStudentAsync(services, studentCode, terminal, cancellationToken) is not { } found) return ExitCodes.BadInput;
            var history = await links.HistoryOfAsync(found.Code, cancellationToken);
            terminal.Out.WriteLine($"{found.Code} {found.FullName} (lớp {found.ClassName}) — {history.Count(l => l.IsActive)} liên kết đang hoạt động, " +
                $"{history.Count(l => !l.IsActive)} đã kết thúc.");
            foreach (var link in history)
                terminal.Out.WriteLine(LinkLines.Of(link.Chat, link.LinkedAt, LinkLines.Proof(link.Proof, link.Phone), link.EndedAt, calendar));
            return ExitCodes.Success;
        }
        if (await FindTeacherAsync(services, teacherCode!, terminal, cancellationToken) is not { } teacher) return ExitCodes.BadInput;
        var chats = await links.StaffHistoryOfAsync(teacher.Code, cancellationToken);
        terminal.Out.WriteLine($"{teacher.Code} {teacher.FullName}{(teacher.HasLeft ? " (đã nghỉ)" : "")} — {chats.Count(l => l.IsActive)} liên kết đang hoạt động, " +
            $"{chats.Count(l => !l.IsActive)} đã kết thúc.");
        foreach (var link in chats)
            terminal.Out.WriteLine(LinkLines.Of(link.Chat, link.LinkedAt, LinkLines.Proof(link.Proof, null), link.EndedAt, calendar));
        return ExitCodes.Success;
    }

    internal static async Task<Student?> FindStudentAsync(IServiceProvider services, string code, Terminal terminal, CancellationToken cancellationToken)
    {
        if (StudentCode.TryParse(code, out var parsed) && await services.GetRequiredService<IStudentDirectory>().FindAsync(parsed, cancellationToken) is { } student) return student;
        terminal.Error.WriteLine($"--student \"{code}\": không có học sinh nào mang mã này.");
        return null;
    }

    internal static async Task<Teacher?> FindTeacherAsync(IServiceProvider services, string code, Terminal terminal, CancellationToken cancellationToken)
    {
        if (await services.GetRequiredService<ITeacherDirectory>().FindAsync(code, cancellationToken) is { } teacher) return teacher;
        terminal.Error.WriteLine($"--teacher \"{code}\": không có giáo viên nào mang mã này.");
        return null;
    }

    /// <summary>Ends the chosen links in one save, with the audit, then tells each chat once.</summary>
    private sealed class Revocation(IServiceProvider services, CliContext context)
    {
        public async Task<int> RunAsync(string? studentCode, string? teacherCode, ChatAddress? only, CancellationToken cancellationToken)
        {
            var terminal = context.Terminal;
            var links = services.GetRequiredService<IChatLinks>();
            var changes = new ChangeSet();
            var actor = new Actor(context.User, "cli", "links revoke");
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            string whose;
            if (studentCode is not null)
            {
                if (await FindStudentAsync(services, studentCode, terminal, cancellationToken) is not { } student) return ExitCodes.BadInput;
                LinkEndings.End(changes, (await links.ParentsOfAsync(student.Code, cancellationToken)).Where(l => only is null || l.Chat == only), actor, now);
                whose = $"{student.Code} {student.FullName}";
            }
            else
            {
                if (await FindTeacherAsync(services, teacherCode!, terminal, cancellationToken) is not { } teacher) return ExitCodes.BadInput;
                LinkEndings.End(changes, (await links.ChatsOfTeacherAsync(teacher.Code, cancellationToken)).Where(l => only is null || l.Chat == only), actor, now);
                whose = $"{teacher.Code} {teacher.FullName}";
            }
            var ended = changes.EndedLinks.Select(l => l.Chat).Concat(changes.EndedStaffLinks.Select(l => l.Chat)).ToList();
            if (ended.Count == 0)
            {
                terminal.Error.WriteLine(only is null
                    ? $"{whose}: không có liên kết nào đang hoạt động — không có gì thay đổi."
                    : $"{whose}: không có liên kết nào đang hoạt động với {only} — không có gì thay đổi.");
                return only is null ? ExitCodes.Success : ExitCodes.BadInput;
            }
            await services.GetRequiredService<ISchoolRecords>().SaveAsync(changes, cancellationToken);
            await services.GetRequiredService<EndedLinkNotices>().TellAsync(changes, cancellationToken);
            terminal.Out.WriteLine($"{whose}: đã kết thúc {ended.Count} liên kết ({string.Join(", ", ended)}); " +
                "mỗi cuộc trò chuyện được báo một lần, và không nhận thêm tin nào nữa. Đã ghi vào nhật ký thay đổi.");
            foreach (var warning in await StillOnRecordAsync(changes, cancellationToken)) terminal.Error.WriteLine(warning);
            return ExitCodes.Success;
        }

        /// <summary>
        /// A phone still on the school's record verifies again at the next /start: the school is told
        /// how to keep that person out for good (change the roster, or mark the teacher left).
        /// </summary>
        private async Task<List<string>> StillOnRecordAsync(ChangeSet changes, CancellationToken cancellationToken)
        {
            var warnings = new List<string>();
            var students = services.GetRequiredService<IStudentDirectory>();
            foreach (var link in changes.EndedLinks.Where(l => l.Proof == LinkProof.Phone && l.Phone is not null).DistinctBy(l => (l.Student, l.Phone)))
            {
                if ((await students.GuardiansOfAsync(link.Student, cancellationToken)).Any(g => g.Phone?.National == link.Phone))
                    warnings.Add($"Lưu ý: số {Domain.Guardians.PhoneNumber.Parse(link.Phone!).Display} vẫn là số phụ huynh của {link.Student} trong danh sách học sinh, " +
                        "nên người đó xác minh lại được. Để chặn hẳn, hãy bỏ hoặc sửa số này trong danh sách rồi import roster.");
            }
            var teachers = services.GetRequiredService<ITeacherDirectory>();
            foreach (var code in changes.EndedStaffLinks.Select(l => l.TeacherCode).Distinct())
            {
                if (await teachers.FindAsync(code, cancellationToken) is { HasLeft: false, Phone: { } phone })
                    warnings.Add($"Lưu ý: {code} vẫn đang công tác với số {phone.Display} trong danh sách giáo viên, nên xác minh lại được. " +
                        "Để chặn hẳn, hãy ghi status = left (hoặc sửa số) cho giáo viên này rồi import teachers.");
            }
            return warnings;
        }
    }
}
