using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Hosting;

namespace SoLienLac.Bot.Tests.Support;

/// <summary>
/// The demo school as of Monday 23/11/2026, seeded once per test run into a template file; each
/// test gets its own copy, so tests never share a database and seeding is paid once.
/// </summary>
public static class DemoDatabase
{
    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string CopyTo(TempDirectory dir)
    {
        ArgumentNullException.ThrowIfNull(dir);
        var path = dir.File("school.db");
        File.Copy(Template.Value, path);
        return path;
    }

    public static Dictionary<string, string?> Settings(string databasePath) => new()
    {
        ["Storage:DatabasePath"] = databasePath,
        ["School:Year"] = "2026-2027",
    };

    private static string CreateTemplate()
    {
        var folder = Path.Combine(Path.GetTempPath(), "solienlac-tests", "template-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "demo.db");
        var terminal = new Terminal(TextReader.Null, TextWriter.Null, TextWriter.Null, ShowsProgress: false);
        using (var host = SchoolHost.BuildService(Settings(path), terminal, chatOnly: true, s => s.AddSingleton<TimeProvider>(new ManualClock())))
            host.Services.GetRequiredService<DemoSeeder>().Seed();
        File.Delete(path + ".lock");
        return path;
    }
}
