using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SoLienLac.Bot.Hosting;
using SoLienLac.Bot.School;
using SoLienLac.Bot.Storage;
using SoLienLac.Domain.Schools;

namespace SoLienLac.Bot.Cli;

/// <summary>
/// <c>schools add CODE --name "…"</c> and <c>schools list</c>: the schools of a deployment (issue 17, first
/// slice — records do not carry their school yet). A LiteDB file is one school's: it takes one code, and
/// refuses a second with the way to a shared database.
/// </summary>
internal static class SchoolsCommand
{
    public static Command Create(CliContext context)
    {
        var code = new Argument<string>("CODE") { Description = "Mã trường do phòng/sở cấp, ví dụ 79001 hoặc THCS-NGUYENDU" };
        var name = new Option<string>("--name") { Description = "Tên trường", Required = true };
        var add = new Command("add", "Thêm một trường / add a school") { code, name };
        add.SetAction((parse, cancel) => AddAsync(parse, context, parse.GetRequiredValue(code), parse.GetRequiredValue(name), cancel));
        var list = new Command("list", "Các trường / the schools");
        list.SetAction((parse, cancel) => ListAsync(parse, context, cancel));
        return new Command("schools", "Các trường của hệ thống / the deployment's schools") { add, list };
    }

    private static async Task<int> AddAsync(ParseResult parse, CliContext context, string code, string name, CancellationToken cancellationToken)
    {
        var terminal = context.Terminal;
        if (!Domain.Schools.School.IsCode(code.Trim().ToUpperInvariant()))
        {
            terminal.Error.WriteLine($"\"{code}\" không phải mã trường: 2–20 chữ in hoa không dấu, chữ số hoặc dấu gạch (ví dụ 79001, THCS-NGUYENDU).");
            return ExitCodes.BadInput;
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            terminal.Error.WriteLine("--name: cần tên trường.");
            return ExitCodes.BadInput;
        }
        using var host = context.BuildHost(parse);
        var schools = host.Services.GetRequiredService<ISchools>();
        var school = Domain.Schools.School.Add(code, name, host.Services.GetRequiredService<SchoolCalendar>().Now);
        var existing = await schools.AllAsync(cancellationToken);
        if (SchoolHost.StorageProviderOf(host.Services.GetRequiredService<IConfiguration>()) == StorageProvider.LiteDb
            && existing.Count > 0 && existing.All(s => s.Code != school.Code))
        {
            terminal.Error.WriteLine($"Tệp LiteDB này là của một trường ({existing[0].Code} — {existing[0].Name}). " +
                "Nhiều trường dùng chung một cơ sở dữ liệu PostgreSQL: migrate --to-postgres, rồi Storage__Provider=PostgreSql.");
            return ExitCodes.BadInput;
        }
        if (!await schools.AddAsync(school, cancellationToken))
        {
            terminal.Error.WriteLine($"Mã trường {school.Code} đã có: {existing.First(s => s.Code == school.Code).Name}. Không thay đổi gì.");
            return ExitCodes.BadInput;
        }
        terminal.Out.WriteLine($"Đã thêm trường {school.Code}: {school.Name}.");
        return ExitCodes.Success;
    }

    private static async Task<int> ListAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        using var host = context.BuildHost(parse);
        var all = await host.Services.GetRequiredService<ISchools>().AllAsync(cancellationToken);
        var calendar = host.Services.GetRequiredService<SchoolCalendar>();
        if (all.Count == 0)
        {
            // Before any code is given, the store is the one school its settings name.
            var configured = host.Services.GetRequiredService<IOptions<SchoolOptions>>().Value.Name;
            context.Terminal.Out.WriteLine($"Trường: 1 (chưa có mã) — {configured}. Thêm mã: schools add CODE --name \"{configured}\".");
            return ExitCodes.Success;
        }
        context.Terminal.Out.WriteLine($"Trường: {all.Count}");
        foreach (var school in all)
            context.Terminal.Out.WriteLine($"• {school.Code}  {school.Name}  (thêm ngày {calendar.ToLocal(school.AddedAt).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)})");
        return ExitCodes.Success;
    }
}
