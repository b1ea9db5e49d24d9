using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Cli;

/// <summary>
/// <c>privacy log --student CODE</c>: the student's access log for the school — every person, each
/// kind of record they read or were sent, to the hour, newest first (<c>--since dd/MM/yyyy</c>, the
/// school year's start unless given).
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
        return new Command("privacy", "Dữ liệu cá nhân: nhật ký truy cập, yêu cầu xóa / personal data: the access log, erasure requests") { log, requests };
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
                : $"{r.Id:N}  yêu cầu {Local(r.RequestedAt)}  hạn {Local(r.Deadline)}  đã xóa {Local(r.DoneAt!.Value)} bởi {r.DoneBy}  {r.Records} mục");
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
