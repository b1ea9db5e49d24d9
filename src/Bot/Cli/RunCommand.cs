using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Hosting;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Cli;

/// <summary><c>run</c> (the default verb): opens the store, seeding the demo school on an empty one.</summary>
internal static class RunCommand
{
    public static Command Create(Terminal terminal)
    {
        var command = new Command("run", "Chạy dịch vụ (mặc định) / run the service");
        command.SetAction((parse, cancel) => Serve(parse, terminal, cancel));
        return command;
    }

    public static Task<int> Serve(ParseResult parse, Terminal terminal, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(parse);
        using var host = SchoolHost.BuildForCommand(parse.GetValue(CommandLine.Database));
        if (host.Services.GetRequiredService<DemoSeeder>().SeedIfEmpty())
            terminal.Out.WriteLine($"Đã tạo trường mẫu \"{DemoSchool.Name}\" trong cơ sở dữ liệu mới.");
        var count = host.Services.GetRequiredService<IStudentDirectory>().CountStudents();
        terminal.Out.WriteLine($"Cơ sở dữ liệu sẵn sàng: {count} học sinh.");
        return Task.FromResult(ExitCodes.Success);
    }
}
