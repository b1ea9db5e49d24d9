using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Domain.Operations;
using SoLienLac.Domain.Common;

namespace SoLienLac.Bot.Cli;

/// <summary>
/// <c>backup --out FILE</c>: a consistent copy of the database, made while the bot keeps serving
/// (handed to it when it holds the file, <see cref="Hosting.ServiceHandOff"/>), or by this process when not.
/// </summary>
internal static class BackupCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<FileInfo>("--out") { Description = "Tệp sao lưu, ví dụ /backup/solienlac-2026-11-23.db", Required = true };
        var command = new Command("backup", "Sao lưu cơ sở dữ liệu, kể cả khi bot đang chạy / back up the database") { output };
        command.SetAction(async (parse, cancel) =>
        {
            using var host = context.BuildHost(parse);
            return await ExecuteAsync(parse.GetRequiredValue(output).FullName, host.Services, context.Terminal, cancel);
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(string target, IServiceProvider services, Terminal terminal, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IStoreBackup>();
        if (store.FilePath is not { } source)
        {
            terminal.Error.WriteLine("Cơ sở dữ liệu PostgreSQL được sao lưu bằng công cụ của nó (pg_dump), không bằng lệnh backup.");
            return ExitCodes.BadInput;
        }
        long bytes;
        try
        {
            bytes = await store.CopyToAsync(target, cancellationToken);
        }
        catch (ArgumentException)
        {
            terminal.Error.WriteLine($"--out {target}: đây là tệp của chính cơ sở dữ liệu; hãy chọn một tệp khác.");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"--out {target}: không ghi được bản sao lưu ({e.Message}).");
            return ExitCodes.BadInput;
        }
        terminal.Out.WriteLine($"Đã sao lưu {source} → {target} ({VietnameseFormat.Tenths(bytes / 1024.0 / 1024.0)} MB).");
        return ExitCodes.Success;
    }
}
