using System.Text.Json;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.SchoolFiles;

/// <summary>The sample files under samples/ import into an empty school and give the results the circular says.</summary>
public sealed class SampleImportTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly CliRun _cli;

    public SampleImportTests() => _cli = new CliRun(_dir.File("school.db"));

    public void Dispose() => _dir.Dispose();

    private async Task ImportAllSamples()
    {
        foreach (var kind in new[] { "roster", "teachers", "scores", "attendance", "conduct" })
        {
            var result = await _cli.Run("import", kind, Repository.Sample($"{kind}.csv"));
            Assert.True(result.ExitCode == 0, $"{kind}: {result.Error}");
        }
    }

    [Fact]
    public async Task Samples_ImportCleanly_AndReportWhatTheyAdded()
    {
        var roster = await _cli.Run("import", "roster", Repository.Sample("roster.csv"));
        Assert.Equal(0, roster.ExitCode);
        Assert.Contains("roster.csv: 5 dòng — 4 mới, 0 thay đổi, 0 không đổi.", roster.Out);
    }

    [Fact]
    public async Task ResultsJson_MatchesTheCircular_ForTheSampleClass()
    {
        await ImportAllSamples();

        var result = await _cli.Run("results", "--class", "6C", "--term", "1", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var students = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["HS9001", "HS9002", "HS9003", "HS9004"], students.Select(s => s.GetProperty("student_code").GetString()));
        Assert.Equal(["Tốt", "Khá", "Khá", "Khá"], students.Select(s => s.GetProperty("learning").GetString()));
        Assert.Equal(["Tốt", "Khá", "Tốt", "Khá"], students.Select(s => s.GetProperty("conduct").GetString()));

        var an = students[0];
        Assert.Equal("Nguyễn Minh An", an.GetProperty("full_name").GetString());
        Assert.Equal("6C", an.GetProperty("class").GetString());
        Assert.Equal("1", an.GetProperty("term").GetString());
        var toan = an.GetProperty("subjects")[0];
        Assert.Equal("Toán", toan.GetProperty("subject").GetString());
        Assert.Equal("8.7", toan.GetProperty("average").GetRawText());
        var theDuc = an.GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("subject").GetString() == "Giáo dục thể chất");
        Assert.Equal("Đạt", theDuc.GetProperty("result").GetString());
        Assert.Equal(JsonValueKind.Null, an.GetProperty("title").ValueKind);
        Assert.Equal(JsonValueKind.Null, an.GetProperty("promoted").ValueKind);
        Assert.Equal(1, an.GetProperty("absences").GetProperty("excused").GetInt32());

        var ngoc = students[1].GetProperty("absences");
        Assert.Equal((1, 1), (ngoc.GetProperty("excused").GetInt32(), ngoc.GetProperty("unexcused").GetInt32()));

        // Phúc: Tốt but for Tin học 4.3 → Đạt by the table, raised one level by the one-subject rule.
        var tin = students[2].GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("subject").GetString() == "Tin học");
        Assert.Equal("4.3", tin.GetProperty("average").GetRawText());
    }

    [Fact]
    public async Task ResultsJson_KeysAreExactlyTheContractsInItsOrder()
    {
        await ImportAllSamples();

        var result = await _cli.Run("results", "--class", "6C", "--term", "year", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var first = json.RootElement[0];
        Assert.Equal(
            ["student_code", "full_name", "class", "term", "subjects", "learning", "conduct", "absences", "title", "promoted"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("year", first.GetProperty("term").GetString());
        // Term II has no marks yet: the year cannot be computed, and says so with nulls, not guesses.
        Assert.Equal(JsonValueKind.Null, first.GetProperty("subjects")[0].GetProperty("average").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("learning").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("promoted").ValueKind);
    }

    [Fact]
    public async Task TransferredStudent_StaysInTheClass_MarkedWithTheDateTheyLeft()
    {
        await ImportAllSamples();

        var table = await _cli.Run("results", "--class", "6C", "--term", "1");

        Assert.Contains("Phạm Gia Huy (Đã chuyển trường 15/10/2026)", table.Out);
        Assert.Contains("8,7", table.Out);
    }
}
