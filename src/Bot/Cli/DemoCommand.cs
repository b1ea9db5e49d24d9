using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Demo;

namespace SoLienLac.Bot.Cli;

/// <summary><c>demo [--students N]</c>: creates, or brings back to its seeded state, the demo school.</summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var students = new Option<int?>("--students") { Description = "Tổng số học sinh (mặc định 8 lớp × 35) / total students" };
        students.Validators.Add(r =>
        {
            if (r.GetValue(students) is < 1 or > 1_000_000) r.AddError("--students phải từ 1 đến 1.000.000.");
        });
        var command = new Command("demo", "Tạo hoặc làm mới trường mẫu / create or refresh the demo school") { students };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = context.BuildHost(parse);
            var seeder = host.Services.GetRequiredService<DemoSeeder>();
            if (await seeder.HoldsARealSchoolAsync(cancellationToken))
            {
                context.Terminal.Error.WriteLine("Cơ sở dữ liệu này đã có học sinh của một trường thật: trường mẫu không được ghi vào đó " +
                    "(số điện thoại của trường mẫu là công khai). Dùng --db với một tệp khác để thử trường mẫu.");
                return ExitCodes.BadInput;
            }
            var count = await seeder.SeedAsync(parse.GetValue(students), new ProgressLine(context.Terminal, "demo"), cancellationToken: cancellationToken);
            context.Terminal.Out.WriteLine($"Trường mẫu \"{DemoSchool.Name}\": {count} học sinh đã sẵn sàng.");
            return ExitCodes.Success;
        });
        return command;
    }
}
