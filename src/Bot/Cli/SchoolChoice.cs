using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Hosting;
using SoLienLac.Bot.Storage;
using SoLienLac.Domain.Schools;

namespace SoLienLac.Bot.Cli;

/// <summary>
/// <c>--school CODE</c> on the verbs that work on a school's data (CONTRACTS, "Many schools"). A store
/// of one school needs none: a LiteDB file is one school, its classes without a school, exactly as
/// before schools existed; on PostgreSQL with no school listed it is the same, and with one school
/// listed while its records carry no code yet (a store from before, or a LiteDB file migrated with its
/// code) the verbs go on working on those records until a file is imported with <c>--school</c>. With
/// one school listed and its records in it, the verbs work on it; with several, <c>--school</c> says
/// which and is required.
/// </summary>
internal static class SchoolChoice
{
    public static Option<string?> Option() =>
        new("--school") { Description = "Mã trường, khi hệ thống có nhiều trường (schools list) / the school, when there are several" };

    /// <summary>The school chosen (null: the store's one school) and the store's school codes; null when refused (told why).</summary>
    public static async Task<Chosen?> ResolveAsync(IServiceProvider services, string? given, Terminal terminal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(terminal);
        var all = await services.GetRequiredService<ISchools>().AllAsync(cancellationToken);
        var codes = all.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var code = given?.Trim().ToUpperInvariant();
        if (code is not null && !codes.Contains(code))
        {
            terminal.Error.WriteLine(all.Count == 0
                ? $"--school {code}: hệ thống chưa có trường nào có mã. Thêm trường: schools add {code} --name \"…\"."
                : $"--school {code}: không có trường này. Các trường: {string.Join(", ", codes)}.");
            return null;
        }
        if (code is not null && !Domain.Schools.School.IsCode(code))
        {
            // Listed before codes shaped like a class were refused: "10-A/6A" would not read back.
            terminal.Error.WriteLine($"--school {code}: mã trường này trông như tên lớp nên không dùng được; hãy thêm trường với mã khác (schools add).");
            return null;
        }
        if (SchoolHost.StorageProviderOf(services.GetRequiredService<IConfiguration>()) == StorageProvider.LiteDb || all.Count == 0)
            return new Chosen(null, new HashSet<string>());
        if (code is null && all.Count == 1
            && (await services.GetRequiredService<Domain.Students.IStudentDirectory>().ClassesAsync(cancellationToken)).Any(c => c.School is null))
            return new Chosen(null, new HashSet<string>());
        if (code is null && all.Count > 1)
        {
            terminal.Error.WriteLine($"Hệ thống có {all.Count} trường: thêm --school MÃ ({string.Join(", ", codes)}).");
            return null;
        }
        return new Chosen(code ?? all[0].Code, codes);
    }

    /// <param name="School">The school the verb works on; null in a store of one school.</param>
    /// <param name="Codes">Every school code of the store; none for a store of one school.</param>
    internal sealed record Chosen(string? School, IReadOnlySet<string> Codes)
    {
        /// <summary>The class typed ("6A") in the chosen school; one typed with its school ("79001/6A") as it is.</summary>
        public Domain.Students.ClassName Place(Domain.Students.ClassName typed) => typed.School is null ? typed.In(School) : typed;

        /// <summary>Whether the class is of the chosen school.</summary>
        public bool Holds(Domain.Students.ClassName className) => className.School == School;
    }
}
