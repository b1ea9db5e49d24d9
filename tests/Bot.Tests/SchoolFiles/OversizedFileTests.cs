using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.SchoolFiles;

/// <summary>
/// <c>import</c> of a file built to exhaust the machine — an .xlsx that unpacks to far more than it
/// weighs, a cell of thousands of letters, a broken workbook — is refused with a message naming the
/// file (exit 1), and nothing is written.
/// </summary>
public sealed class OversizedFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly CliRun _cli;

    public OversizedFileTests() => _cli = new CliRun(_dir.File("school.db"));

    public void Dispose() => _dir.Dispose();

    private async Task<string> Snapshot() =>
        (await _cli.Run("results", "--class", "6C", "--term", "1", "--format", "json")).Out;

    private string Save(string name, byte[] bytes)
    {
        var path = _dir.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task DecompressionBomb_IsRefusedUnopened()
    {
        await _cli.Run("import", "roster", Repository.Sample("roster.csv"));
        var before = await Snapshot();
        var file = Save("bom.xlsx", HandMadeXlsx.WithLongCell(8 * 1024 * 1024));

        var result = await _cli.Run("import", "scores", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bom.xlsx: tệp .xlsx giải nén ra quá lớn", result.Error);
        Assert.Contains("không có gì được ghi", result.Error);
        Assert.True(result.Error.Length < 1_000, $"a short refusal, not {result.Error.Length} characters");
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task WorkbookUnpackingToMoreThanFiftyMegabytes_IsRefused_EvenWhenEachPartLooksModest()
    {
        await _cli.Run("import", "roster", Repository.Sample("roster.csv"));
        var before = await Snapshot();
        var file = Save("dem.xlsx", HandMadeXlsx.WithPadding(60, ["HS9001", "Toán", "1", "ck", "9"]));

        var result = await _cli.Run("import", "scores", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("dem.xlsx: tệp .xlsx giải nén ra quá lớn", result.Error);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task WorkbookWithPartsNobodyReads_UnderTheLimit_IsImported()
    {
        await _cli.Run("import", "roster", Repository.Sample("roster.csv"));
        var file = Save("du.xlsx", HandMadeXlsx.WithPadding(2, ["HS9001", "Toán", "1", "ck", "9"]));

        var result = await _cli.Run("import", "scores", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("du.xlsx: 1 dòng — 1 mới", result.Out);
    }

    [Fact]
    public async Task CsvCellOfThousandsOfLetters_IsRefusedByLineAndColumn()
    {
        await _cli.Run("import", "roster", Repository.Sample("roster.csv"));
        var before = await Snapshot();
        var file = _dir.Write("scores.csv", "student_code,subject,term,kind,score\nHS9001,Toán,1,ck,9\nHS9001," + new string('T', 5_000) + ",1,gk,8\n");

        var result = await _cli.Run("import", "scores", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("scores.csv:3: subject — ô dài quá 1.000 ký tự", result.Error);
        Assert.DoesNotContain("TTTTTTTTTT", result.Error);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task LongCellUnderALongHeader_NamesItsColumnShortened()
    {
        await _cli.Run("import", "roster", Repository.Sample("roster.csv"));
        var header = new string('c', 3_000);
        var file = _dir.Write("scores.csv", $"student_code,subject,term,kind,score,{header}\nHS9001,Toán,1,ck,9,{new string('x', 2_000)}\n");

        var result = await _cli.Run("import", "scores", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("scores.csv:2: cccccccccc", result.Error);
        Assert.Contains("… — ô dài quá 1.000 ký tự", result.Error);
        Assert.True(result.Error.Length < 1_000, $"a short refusal, not {result.Error.Length} characters");
    }

    [Fact]
    public async Task BrokenWorkbook_IsBadInput_NotACrash()
    {
        var file = Save("hong.xlsx", HandMadeXlsx.CutOff());

        var result = await _cli.Run("import", "scores", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("hong.xlsx: không đọc được tệp", result.Error);
    }
}
