using System.CommandLine;
using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Storage;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Bot.Cli;

/// <summary>
/// <c>migrate --to-postgres CONNSTR [--db PATH]</c>: the whole LiteDB file copied into an empty
/// PostgreSQL database, which is created or brought up to date first; a database holding any record
/// is refused and left as it is. The connection string may hold a password: only the server and
/// database are ever printed. The bot must be stopped: what it wrote after the copy would be lost.
/// </summary>
internal static class MigrateCommand
{
    public static Command Create(CliContext context)
    {
        var target = new Option<string>("--to-postgres")
        {
            Description = "Chuỗi kết nối Npgsql của cơ sở dữ liệu PostgreSQL trống, ví dụ \"Host=…;Database=…;Username=…;Password=…\"",
            Required = true,
        };
        var command = new Command("migrate", "Chuyển toàn bộ dữ liệu từ tệp LiteDB sang PostgreSQL / move the store to PostgreSQL") { target };
        command.SetAction(async (parse, cancel) =>
        {
            if (context.Bot is not null)
            {
                await context.Terminal.Error.WriteLineAsync("Bot đang chạy trên tệp dữ liệu: hãy dừng bot rồi chạy lại lệnh migrate.");
                return ExitCodes.CannotRun;
            }
            using var host = context.BuildHost(parse);
            var configuration = host.Services.GetRequiredService<IConfiguration>();
            return await ExecuteAsync(configuration, context.SettingsFor(parse), parse.GetRequiredValue(target), context.Terminal, cancel);
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(IConfiguration configuration, Dictionary<string, string?> settings, string connectionString,
        Terminal terminal, CancellationToken cancellationToken)
    {
        await using var file = StoreProviders.Open(StorageProvider.LiteDb, configuration, settings);
        await using var server = StoreProviders.Open(StorageProvider.PostgreSql, configuration, new Dictionary<string, string?>(settings)
        {
            ["Storage:Provider"] = nameof(StorageProvider.PostgreSql),
            ["Storage:ConnectionString"] = connectionString,
        });
        IStoreTransfer source;
        try
        {
            source = file.GetRequiredService<IStoreTransfer>();
        }
        catch (StoreBusyException busy)
        {
            await terminal.Error.WriteLineAsync($"Tệp dữ liệu {busy.DatabasePath} đang được bot (hoặc một tiến trình khác) mở: hãy dừng bot rồi chạy lại lệnh migrate.");
            return ExitCodes.CannotRun;
        }
        IStoreTransfer destination;
        string where;
        try
        {
            destination = server.GetRequiredService<IStoreTransfer>();
            where = destination.Location;
        }
        catch (ArgumentException)
        {
            await terminal.Error.WriteLineAsync("--to-postgres: chuỗi kết nối PostgreSQL không hợp lệ (dạng đúng: \"Host=…;Database=…;Username=…;Password=…\").");
            return ExitCodes.BadInput;
        }
        await terminal.Out.WriteLineAsync($"Chuyển dữ liệu từ {source.Location} sang {where}…");
        TransferOutcome outcome;
        try
        {
            outcome = await destination.ImportAsync(source.ExportAsync(cancellationToken), cancellationToken);
        }
        catch (DbException e)
        {
            await terminal.Error.WriteLineAsync($"Không chuyển được dữ liệu sang {where}: {e.Message}. Cơ sở dữ liệu không bị thay đổi.");
            return ExitCodes.CannotRun;
        }
        if (outcome.Refused)
        {
            var found = string.Join(", ", outcome.Counts.OrderBy(c => c.Key).Select(c => $"{StoreKindNames.Of(c.Key)}: {c.Value}"));
            await terminal.Error.WriteLineAsync($"Cơ sở dữ liệu {where} đã có dữ liệu ({found}): không chép gì. " +
                "Lệnh migrate chỉ chép vào một cơ sở dữ liệu trống.");
            return ExitCodes.BadInput;
        }
        foreach (var kind in StoreRows.Kinds)
            await terminal.Out.WriteLineAsync($"{StoreKindNames.Of(kind)}: {outcome.Counts.GetValueOrDefault(kind)}");
        await terminal.Out.WriteLineAsync($"Đã chép {outcome.Counts.Values.Sum()} bản ghi sang {where}.");
        return ExitCodes.Success;
    }
}
