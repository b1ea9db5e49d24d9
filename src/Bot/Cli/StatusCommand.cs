using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Operations;
using SoLienLac.Bot.School;
using SoLienLac.Bot.Scheduling;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Cli;

/// <summary>
/// <c>status</c>: the outbox — pending, sent, failed, blocked — the rate of the last minute, and every
/// bot process serving the store; asked of the running bot when it holds the file
/// (<see cref="Hosting.ServiceHandOff"/>), read directly from a PostgreSQL database.
/// </summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("status", "Tình trạng gửi tin: đang chờ, đã gửi, lỗi, bị chặn / the outbox");
        command.SetAction(async (parse, cancel) =>
        {
            using var host = context.BuildHost(parse);
            return await WriteAsync(host.Services, context.Terminal, cancel);
        });
        return command;
    }

    private static async Task<int> WriteAsync(IServiceProvider services, Terminal terminal, CancellationToken cancellationToken)
    {
        var outbox = services.GetRequiredService<IOutbox>();
        var clock = services.GetRequiredService<TimeProvider>();
        var counts = await outbox.CountsAsync(cancellationToken);
        var rate = await outbox.SentSinceAsync(clock.GetUtcNow().AddMinutes(-1), cancellationToken) / 60.0;
        var limit = services.GetRequiredService<IOptions<DeliveryOptions>>().Value.MessagesPerSecond;
        var output = terminal.Out;
        output.WriteLine($"Học sinh: {await services.GetRequiredService<IStudentDirectory>().CountStudentsAsync(cancellationToken)}");
        output.WriteLine($"Tin đang chờ gửi: {counts[OutboxStatus.Pending]}");
        output.WriteLine($"Đã gửi: {counts[OutboxStatus.Sent]}");
        output.WriteLine($"Lỗi (đã bỏ): {counts[OutboxStatus.Failed]}");
        output.WriteLine($"Bị chặn (phụ huynh chặn bot): {counts[OutboxStatus.Blocked]}");
        output.WriteLine($"Rút lại (không còn liên kết khi đến giờ gửi): {counts[OutboxStatus.Withdrawn]}");
        output.WriteLine($"Tốc độ phút vừa qua: {VietnameseFormat.Tenths(rate)} tin/giây (giới hạn {limit.ToString(CultureInfo.InvariantCulture).Replace('.', ',')})");
        foreach (var line in await InstancesAsync(services, clock.GetUtcNow(), cancellationToken)) output.WriteLine(line);
        output.WriteLine(Backups(services));
        return ExitCodes.Success;
    }

    /// <summary>
    /// Every bot process on record: when it started, its last beat, how many messages it holds leased.
    /// One silent longer than <see cref="InstanceOptions.StaleAfter"/> is shown as stopped: the next
    /// beat of a live one gives its messages back to the queue.
    /// </summary>
    private static async Task<IEnumerable<string>> InstancesAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var instances = await services.GetRequiredService<IInstances>().ListAsync(cancellationToken);
        if (instances.Count == 0) return ["Tiến trình bot: không có tiến trình nào đang chạy."];
        var calendar = services.GetRequiredService<SchoolCalendar>();
        var staleAfter = services.GetRequiredService<IOptions<InstanceOptions>>().Value.StaleAfter;
        var lines = new List<string> { $"Tiến trình bot: {instances.Count}" };
        var configuration = services.GetRequiredService<IConfiguration>();
        var sender = await services.GetRequiredService<ISenderLease>().HolderAsync(
            Delivery.SenderElection.KeyOf(configuration["Telegram:BotToken"], configuration["Zalo:BotToken"]), cancellationToken);
        foreach (var instance in instances)
        {
            var silent = now - instance.LastBeat;
            var state = silent > staleAfter ? $"không còn nhịp từ {VietnameseFormat.Moment(calendar.ToLocal(instance.LastBeat))} (coi như đã dừng)"
                : $"nhịp cuối {Math.Max(0, (int)silent.TotalSeconds)} giây trước";
            var sends = sender is { Live: true } s && s.Holder == instance.Name ? " — tiến trình gửi tin" : "";
            lines.Add($"• {instance.Name}: chạy từ {VietnameseFormat.Moment(calendar.ToLocal(instance.StartedAt))}, {state}, đang giữ {instance.Leased} tin để gửi{sends}");
        }
        return lines;
    }

    /// <summary>Whether nightly copies are made, and the newest one: a school should not learn it had none on the day it needs one.</summary>
    private static string Backups(IServiceProvider services)
    {
        var folder = services.GetRequiredService<IConfiguration>().GetSection(BackupOptions.Section).Get<BackupOptions>()?.Folder;
        if (string.IsNullOrWhiteSpace(folder)) return "Sao lưu hằng đêm: chưa bật (đặt Backup:Folder).";
        if (services.GetRequiredService<IStoreBackup>().FilePath is not { } source) return "Sao lưu: cơ sở dữ liệu PostgreSQL được sao lưu bằng công cụ của nó (pg_dump).";
        var newest = NightlyBackupJob.CopiesIn(folder, source).FirstOrDefault();
        if (newest is null) return $"Sao lưu hằng đêm: chưa có bản nào trong {folder}.";
        return $"Sao lưu gần nhất: {newest} ({VietnameseFormat.Tenths(new FileInfo(newest).Length / 1024.0 / 1024.0)} MB).";
    }
}
