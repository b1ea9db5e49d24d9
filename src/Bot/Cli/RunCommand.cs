using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Demo;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Cli;

/// <summary><c>run</c> (the default verb): opens the store, seeding the demo school on an empty one.</summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("run", "Chạy dịch vụ (mặc định) / run the service");
        command.SetAction((parse, cancel) => Serve(parse, context, cancel));
        return command;
    }

    public static Task<int> Serve(ParseResult parse, CliContext context, CancellationToken cancel)
    {
        var terminal = context.Terminal;
        using var host = context.BuildHost(parse);
        if (host.Services.GetRequiredService<DemoSeeder>().SeedIfEmpty())
            terminal.Out.WriteLine($"Đã tạo trường mẫu \"{DemoSchool.Name}\" trong cơ sở dữ liệu mới.");
        var count = host.Services.GetRequiredService<IStudentDirectory>().CountStudents();
        terminal.Out.WriteLine($"Cơ sở dữ liệu sẵn sàng: {count} học sinh.");
        return Task.FromResult(ExitCodes.Success);
    }
}
