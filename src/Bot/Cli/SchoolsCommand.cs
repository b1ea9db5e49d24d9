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
/// <c>schools add CODE --name "…"</c>, <c>schools set CODE …</c> and <c>schools list</c>: the schools of a
/// deployment, each with its own calendar (<c>--term2</c>, <c>--closed</c>), telephone and contact-book
/// heading (<c>--authority</c>); what a school leaves unset comes from <c>School:*</c>. A LiteDB file is
/// one school's: it takes one code, and refuses a second with the way to a shared database.
/// </summary>
internal static class SchoolsCommand
{
    public static Command Create(CliContext context)
    {
        var code = new Argument<string>("CODE") { Description = "Mã trường do phòng/sở cấp, ví dụ 79001 hoặc THCS-NGUYENDU" };
        var name = new Option<string>("--name") { Description = "Tên trường", Required = true };
        var settings = new SettingOptions();
        var add = new Command("add", "Thêm một trường / add a school") { code, name };
        settings.AddTo(add);
        add.SetAction((parse, cancel) => AddAsync(parse, context, parse.GetRequiredValue(code), parse.GetRequiredValue(name), settings, cancel));
        var set = new Command("set", "Đổi tên, lịch, điện thoại, tiêu đề sổ của một trường / change a school's settings")
        {
            new Argument<string>("CODE") { Description = "Mã trường" },
        };
        var newName = new Option<string?>("--name") { Description = "Tên trường mới" };
        set.Add(newName);
        settings.AddTo(set);
        set.SetAction((parse, cancel) => SetAsync(parse, context, parse.GetRequiredValue<string>("CODE"), parse.GetValue(newName), settings, cancel));
        var list = new Command("list", "Các trường / the schools");
        list.SetAction((parse, cancel) => ListAsync(parse, context, cancel));
        return new Command("schools", "Các trường của hệ thống / the deployment's schools") { add, set, list };
    }

    /// <summary>A school's own settings, each left as it is when not given; an empty value clears it (back to <c>School:*</c>).</summary>
    private sealed class SettingOptions
    {
        public Option<string?> TermTwo { get; } = new("--term2") { Description = "Ngày bắt đầu học kì II, dd/MM/yyyy (rỗng: theo School:TermTwoStartsOn)" };

        public Option<string?> Closed { get; } = new("--closed") { Description = "Học kì đã khóa sổ: 1, 2, 1,2 (rỗng: theo School:ClosedTerms)" };

        public Option<string?> Phone { get; } = new("--phone") { Description = "Điện thoại của trường cho việc gấp" };

        public Option<string?> Authority { get; } = new("--authority") { Description = "Dòng trên tên trường ở sổ liên lạc, ví dụ \"UBND Quận 1 — Phòng GD&ĐT\"" };

        public void AddTo(Command command)
        {
            command.Add(TermTwo);
            command.Add(Closed);
            command.Add(Phone);
            command.Add(Authority);
        }

        /// <summary>The school with the given settings applied; null when one is wrong (told why).</summary>
        public Domain.Schools.School? Apply(ParseResult parse, Domain.Schools.School school, TextWriter error)
        {
            if (parse.GetValue(TermTwo) is { } termText)
            {
                if (termText.Trim().Length == 0) school = school with { TermTwoStartsOn = null };
                else if (DateOnly.TryParseExact(termText.Trim(), ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                    school = school with { TermTwoStartsOn = day };
                else
                {
                    error.WriteLine($"--term2 \"{termText}\": cần ngày dạng dd/MM/yyyy, ví dụ 19/01/2027.");
                    return null;
                }
            }
            if (parse.GetValue(Closed) is { } closedText)
            {
                try
                {
                    school = school with { ClosedTerms = Domain.Schools.School.ParseClosedTerms(closedText) };
                }
                catch (FormatException)
                {
                    error.WriteLine($"--closed \"{closedText}\": học kì là 1 hoặc 2 (ví dụ --closed 1, hoặc --closed 1,2).");
                    return null;
                }
            }
            if (parse.GetValue(Phone) is { } phone) school = school with { Phone = Blank(phone) };
            if (parse.GetValue(Authority) is { } authority) school = school with { Authority = Blank(authority) };
            return school;
        }

        private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static async Task<int> AddAsync(ParseResult parse, CliContext context, string code, string name, SettingOptions settings, CancellationToken cancellationToken)
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
        if (settings.Apply(parse, Domain.Schools.School.Add(code, name, host.Services.GetRequiredService<SchoolCalendar>().Now), terminal.Error) is not { } school)
            return ExitCodes.BadInput;
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

    private static async Task<int> SetAsync(ParseResult parse, CliContext context, string code, string? name, SettingOptions settings, CancellationToken cancellationToken)
    {
        var terminal = context.Terminal;
        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            terminal.Error.WriteLine("--name: cần tên trường.");
            return ExitCodes.BadInput;
        }
        using var host = context.BuildHost(parse);
        var schools = host.Services.GetRequiredService<ISchools>();
        var normalized = code.Trim().ToUpperInvariant();
        if ((await schools.AllAsync(cancellationToken)).FirstOrDefault(s => s.Code == normalized) is not { } before)
        {
            terminal.Error.WriteLine($"Không có trường mã {normalized} (xem schools list). Không thay đổi gì.");
            return ExitCodes.BadInput;
        }
        var named = name is null ? before : before with { Name = Domain.Common.PersonName.Normalize(name) };
        if (settings.Apply(parse, named, terminal.Error) is not { } after) return ExitCodes.BadInput;
        if (after.SameSettingsAs(before))
        {
            terminal.Out.WriteLine($"Trường {before.Code}: không có gì thay đổi.");
            return ExitCodes.Success;
        }
        await schools.UpdateAsync(after, cancellationToken);
        terminal.Out.WriteLine($"Đã cập nhật trường {after.Code}: {Describe(after)}. Bot đang chạy dùng cài đặt mới trong vòng {SchoolProfiles.Fresh.TotalSeconds:0} giây.");
        return ExitCodes.Success;
    }

    /// <summary>"Trường THCS A · học kì II từ 19/01/2027 · đã khóa sổ HK1 · ĐT 028…": what the school keeps for itself.</summary>
    private static string Describe(Domain.Schools.School school)
    {
        var parts = new List<string> { school.Name };
        if (school.TermTwoStartsOn is { } day) parts.Add($"học kì II từ {day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");
        if (school.ClosedTerms.Count > 0) parts.Add($"đã khóa sổ {string.Join(", ", school.ClosedTerms.Select(t => $"HK{t}"))}");
        if (school.Phone is { } phone) parts.Add($"ĐT {phone}");
        if (school.Authority is { } authority) parts.Add($"trực thuộc {authority}");
        return string.Join(" · ", parts);
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
            context.Terminal.Out.WriteLine($"• {school.Code}  {Describe(school)}  (thêm ngày {calendar.ToLocal(school.AddedAt).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)})");
        return ExitCodes.Success;
    }
}
