using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Storage.LiteDb;
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
        command.SetAction(parse =>
        {
            using var host = context.BuildHost(parse);
            return Execute(parse.GetRequiredValue(output).FullName, host.Services, context.Terminal);
        });
        return command;
    }

    private static int Execute(string target, IServiceProvider services, Terminal terminal)
    {
        var db = services.GetRequiredService<SchoolDatabase>();
        long bytes;
        try
        {
            bytes = db.CopyTo(target);
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
        terminal.Out.WriteLine($"Đã sao lưu {db.Path} → {target} ({VietnameseFormat.Tenths(bytes / 1024.0 / 1024.0)} MB).");
        return ExitCodes.Success;
    }
}
