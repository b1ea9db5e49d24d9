using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoLienLac.Bot.Channels.Console;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Hosting;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Cli;

/// <summary>
/// <c>run</c> (the default verb) serves the configured channels; with none configured it opens the
/// local chat on the demo school. <c>chat</c> opens the local chat whatever is configured.
/// </summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("run", "Chạy dịch vụ (mặc định) / run the service");
        command.SetAction((parse, cancel) => Serve(parse, context, cancel));
        return command;
    }

    public static Command CreateChat(CliContext context)
    {
        var command = new Command("chat", "Trò chuyện ngay trên máy / the local terminal chat");
        command.SetAction((parse, cancel) => Serve(parse, context, cancel, chatOnly: true));
        return command;
    }

    public static async Task<int> Serve(ParseResult parse, CliContext context, CancellationToken cancel, bool chatOnly = false)
    {
        using var host = SchoolHost.BuildService(context.SettingsFor(parse), context.Terminal, chatOnly);
        var terminal = context.Terminal;
        var channels = host.Services.GetServices<IChatChannel>().Select(c => c.Name).Where(n => n != ConsoleChat.Channel).ToList();
        var localOnly = chatOnly || channels.Count == 0;
        // The demo school is seeded for the local chat only: on a real channel its people, whose phone
        // numbers are public, could verify as the principal or a teacher of the school imported later.
        if (localOnly && await host.Services.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(cancel))
            await terminal.Error.WriteLineAsync($"Cơ sở dữ liệu mới: đã tạo trường mẫu \"{DemoSchool.Name}\".");
        else if (!localOnly && await host.Services.GetRequiredService<IStudentDirectory>().CountStudentsAsync(cancel) == 0)
            await terminal.Error.WriteLineAsync("Cơ sở dữ liệu chưa có học sinh nào: hãy nhập dữ liệu của trường (import roster …, import teachers …), " +
                "hoặc chạy lệnh demo để thử với trường mẫu.");

        if (localOnly)
        {
            await host.StartAsync(cancel);
            // Ctrl+C reaches the host's lifetime, which ends the chat as it stops everything else.
            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancel, host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
            await host.Services.GetRequiredService<ConsoleChat>().RunAsync(stopping.Token);
            await host.StopAsync(CancellationToken.None);
            return ExitCodes.Success;
        }
        await terminal.Error.WriteLineAsync($"SoLienLac đang phục vụ trên: {string.Join(", ", channels)}. Ctrl+C để dừng.");
        await host.RunAsync(cancel);
        return ExitCodes.Success;
    }
}
