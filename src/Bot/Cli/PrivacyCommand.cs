using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Cli;

/// <summary>
/// <c>privacy log --student CODE</c>: the student's access log for the school — every person, each
/// kind of record they read or were sent, to the hour, newest first (<c>--since dd/MM/yyyy</c>, the
/// school year's start unless given); <c>privacy requests</c>: the erasure requests; <c>privacy archive --year</c>:
/// a year that has ended archived, its leavers' families forgotten.
/// </summary>
internal static class PrivacyCommand
{
    public static Command Create(CliContext context)
    {
        var student = new Option<string>("--student") { Description = "Mã học sinh, ví dụ HS0012 / student code", Required = true };
        var since = new Option<string?>("--since") { Description = "Từ ngày dd/MM/yyyy (mặc định: đầu năm học) / from this day" };
        var log = new Command("log", "Ai đã xem hồ sơ của một học sinh / who read a student's records") { student, since };
        log.SetAction((parse, cancel) => LogAsync(parse, context, parse.GetRequiredValue(student), parse.GetValue(since), cancel));
        var requests = new Command("requests", "Các yêu cầu xóa dữ liệu và hạn xử lý / erasure requests and their deadlines");
        requests.SetAction((parse, cancel) => RequestsAsync(parse, context, cancel));
        var year = new Option<string>("--year") { Description = "Năm học đã kết thúc, ví dụ 2025-2026 / a school year that has ended", Required = true };
        var archive = new Command("archive", "Lưu trữ một năm học: quên gia đình của học sinh đã rời trường / archive a school year") { year };
        archive.SetAction((parse, cancel) => ArchiveAsync(parse, context, parse.GetRequiredValue(year), cancel));
        return new Command("privacy", "Dữ liệu cá nhân: nhật ký truy cập, yêu cầu xóa, lưu trữ năm học / personal data: the access log, erasure requests, archiving a year")
        {
            log, requests, archive,
        };
    }

    /// <summary>
    /// <c>privacy archive --year 2025-2026</c>: the school archives a year that has ended, and the families of
    /// the students who left by its end are forgotten now rather than a year after they left (what the
    /// nightly clean-up would do): their chat links, settings, consents, messages and access log. The school's
    /// own records of the students stay.
    /// </summary>
    private static async Task<int> ArchiveAsync(ParseResult parse, CliContext context, string yearText, CancellationToken cancellationToken)
    {
        var terminal = context.Terminal;
        if (!SchoolYear.TryParse(yearText, out var year) || year is null)
        {
            terminal.Error.WriteLine($"--year \"{yearText}\" không phải năm học (ví dụ 2025-2026).");
            return ExitCodes.BadInput;
        }
        using var host = context.BuildHost(parse);
        var calendar = host.Services.GetRequiredService<SchoolCalendar>();
        if (year.EndsOn >= calendar.Today)
        {
            terminal.Error.WriteLine($"--year {year.Name}: năm học chưa kết thúc (đến hết {year.EndsOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}); chỉ lưu trữ năm học đã qua.");
            return ExitCodes.BadInput;
        }
        var forgotten = await host.Services.GetRequiredService<IRetention>().ForgetLeaversAsync(year.EndsOn.AddDays(1), cancellationToken);
        terminal.Out.WriteLine($"Năm học {year.Name} đã lưu trữ: {forgotten.Students} học sinh đã rời trường đến hết {year.EndsOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}; " +
            $"đã xóa {forgotten.Links} liên kết, {forgotten.AccessLines} dòng nhật ký truy cập, {forgotten.Messages} tin nhắn, {forgotten.Chats} cuộc trò chuyện không còn liên kết. " +
            "Hồ sơ đánh giá của học sinh được giữ lại.");
        return ExitCodes.Success;
    }

    /// <summary>Every erasure request, newest first: when asked, the deadline, and whether and by whom it was carried out.</summary>
    private static async Task<int> RequestsAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        using var host = context.BuildHost(parse);
        var calendar = host.Services.GetRequiredService<SchoolCalendar>();
        var all = await host.Services.GetRequiredService<IErasureRequests>().AllAsync(cancellationToken);
        string Local(DateTimeOffset at) => calendar.ToLocal(at).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
        context.Terminal.Out.WriteLine($"Yêu cầu xóa dữ liệu: {all.Count} ({all.Count(r => r.Status == ErasureStatus.Pending)} đang chờ).");
        foreach (var r in all)
            context.Terminal.Out.WriteLine(r.Status == ErasureStatus.Pending
                ? $"{r.Id:N}  yêu cầu {Local(r.RequestedAt)}  hạn {Local(r.Deadline)}  ĐANG CHỜ  {r.Chat}  (xác nhận trong trò chuyện: /xoadulieu xacnhan {r.Id:N})"
                : $"{r.Id:N}  yêu cầu {Local(r.RequestedAt)}  hạn {Local(r.Deadline)}  đã xóa {Local(r.DoneAt!.Value)} bởi {r.DoneBy}  {r.Records} mục" +
                    (r.KeptReason is null ? "" : $"  (giữ lại thư từ, không ghi trò chuyện, vì: {r.KeptReason})"));
        return ExitCodes.Success;
    }

    private static async Task<int> LogAsync(ParseResult parse, CliContext context, string code, string? sinceText, CancellationToken cancellationToken)
    {
        var terminal = context.Terminal;
        if (!StudentCode.TryParse(code, out var student))
        {
            terminal.Error.WriteLine($"--student \"{code}\" không phải mã học sinh (ví dụ HS0012).");
            return ExitCodes.BadInput;
        }
        DateOnly? from = null;
        if (sinceText is not null)
        {
            if (!DateOnly.TryParseExact(sinceText, ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                terminal.Error.WriteLine($"--since \"{sinceText}\" không phải ngày dd/MM/yyyy.");
                return ExitCodes.BadInput;
            }
            from = day;
        }
        using var host = context.BuildHost(parse);
        var calendar = host.Services.GetRequiredService<SchoolCalendar>();
        if (await host.Services.GetRequiredService<IStudentDirectory>().FindAsync(student, cancellationToken) is null)
        {
            terminal.Error.WriteLine($"--student {student}: không có trong danh sách học sinh.");
            return ExitCodes.BadInput;
        }
        var start = from ?? calendar.Year.StartsOn;
        var lines = await host.Services.GetRequiredService<IAccessLog>()
            .OfStudentAsync(student, calendar.StartOf(start), cancellationToken);
        terminal.Out.WriteLine($"Nhật ký truy cập hồ sơ {student} từ {start.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}: {lines.Count} dòng (một dòng một người, một loại hồ sơ, một giờ).");
        foreach (var e in lines)
        {
            var who = e.Role switch
            {
                AccessRole.Teacher => $"giáo viên {e.Name} ({e.Who})",
                AccessRole.School => $"nhà trường, trên máy ({e.Name})",
                AccessRole.Delivery => $"bot gửi tin đến {e.Who}",
                _ => $"phụ huynh {e.Who}",
            };
            terminal.Out.WriteLine($"{calendar.ToLocal(e.Hour).ToString("dd/MM/yyyy HH", CultureInfo.InvariantCulture)}:00  {who}  {e.Channel}  {e.What}");
        }
        return ExitCodes.Success;
    }
}
