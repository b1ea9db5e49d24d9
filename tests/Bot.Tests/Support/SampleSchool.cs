namespace SoLienLac.Bot.Tests.Support;

/// <summary>
/// A real school's store: samples/roster.csv and samples/teachers.csv imported into an empty file
/// (the demo school refuses a real roster). Made once per test run; each test gets its own copy.
/// </summary>
public static class SampleSchool
{
    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>HS9001's father, Nguyễn Văn Hùng.</summary>
    public const string FatherPhone = "0912345678";

    /// <summary>HS9001's mother, Đỗ Thị Lan.</summary>
    public const string MotherPhone = "0987654321";

    /// <summary>GV902, Vũ Đức Thắng, who teaches Toán in 6C.</summary>
    public const string MathTeacherPhone = "0355777888";

    /// <summary>GV901, Hoàng Thị Mai, homeroom teacher of 6C.</summary>
    public const string HomeroomTeacherPhone = "0944555666";

    public static void CopyTo(string path) => File.Copy(Template.Value, path, overwrite: true);

    private static string CreateTemplate()
    {
        var folder = Path.Combine(Path.GetTempPath(), "solienlac-tests", "sample-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "sample.db");
        var cli = new CliRun(path);
        foreach (var kind in new[] { "roster", "teachers" })
        {
            var result = cli.Run("import", kind, Repository.Sample($"{kind}.csv")).GetAwaiter().GetResult();
            if (result.ExitCode != 0) throw new InvalidOperationException($"{kind}: {result.Error}");
        }
        File.Delete(path + ".lock");
        return path;
    }
}
