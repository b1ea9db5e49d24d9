using SoLienLac.Bot.Tests.Support;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Bot.Tests.OnPostgreSql;

/// <summary>
/// A school set up with the verbs README describes — the sample roster, teachers, scores, attendance
/// and conduct imported, then results and the printed book — the same on PostgreSQL as on LiteDB.
/// </summary>
public sealed class SchoolOnPostgreSqlTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static async Task<List<CliResult>> SetUpSchool(CliRun cli)
    {
        var results = new List<CliResult>();
        foreach (var (kind, file) in new[] { ("roster", "roster.csv"), ("teachers", "teachers.csv"), ("scores", "scores.csv"), ("attendance", "attendance.csv"), ("conduct", "conduct.csv") })
            results.Add(await cli.Run("import", kind, Repository.Sample(file)));
        return results;
    }

    [Fact]
    public async Task Imports_Results_AndTheBook_AreTheSame_OnBothEngines()
    {
        var onFile = new CliRun(_dir.File("truong.db"));
        var onServer = new CliRun(_dir.File("unused.db"));
        onServer.Settings["Storage:Provider"] = "PostgreSql";
        onServer.Settings["Storage:ConnectionString"] = await PostgreSqlServer.Shared.CreateDatabaseAsync();

        var imported = await SetUpSchool(onServer);
        Assert.All(imported, r => Assert.Equal(0, r.ExitCode));
        Assert.Equal((await SetUpSchool(onFile)).Select(r => r.Out), imported.Select(r => r.Out));

        foreach (var term in new[] { "1", "year" })
        {
            var expected = await onFile.Run("results", "--class", "6C", "--term", term, "--format", "json");
            var actual = await onServer.Run("results", "--class", "6C", "--term", term, "--format", "json");
            Assert.Equal(0, actual.ExitCode);
            Assert.Equal(expected.Out, actual.Out);
        }
        var book = await onServer.Run("report", "--class", "6C", "--term", "1", "--out", _dir.File("so-lien-lac-6C.pdf"));
        Assert.Equal(0, book.ExitCode);
        Assert.StartsWith("%PDF", await File.ReadAllTextAsync(_dir.File("so-lien-lac-6C.pdf")), StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.File("unused.db")));
    }
}
