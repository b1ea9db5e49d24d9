using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Cli;

/// <summary>The exported gradebook reads back through <c>import scores</c> without a single change.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly CliRun _cli;

    public ExportCommandTests() => _cli = new CliRun(DemoDatabase.CopyTo(_dir));

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("6A.xlsx")]
    [InlineData("6A.csv")]
    public async Task ExportedGradebook_RoundTripsThroughImport(string name)
    {
        var file = _dir.File(name);

        var exported = await _cli.Run("export", "scores", "--class", "6A", "--out", file);
        var imported = await _cli.Run("import", "scores", file);

        Assert.Equal(0, exported.ExitCode);
        Assert.Equal(0, imported.ExitCode);
        var count = exported.Out.Split(' ')[2];
        Assert.Contains($"{name}: {count} dòng — 0 mới, 0 thay đổi, {count} không đổi.", imported.Out);
    }
}
