using MiniExcelLibs;
using SoLienLac.Bot.SchoolFiles;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Tests.SchoolFiles;

/// <summary>Importing the same file twice changes nothing; a changed score is updated and leaves a trace.</summary>
public sealed class ReimportTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly CliRun _cli;

    public ReimportTests() => _cli = new CliRun(_dir.File("school.db"));

    public void Dispose() => _dir.Dispose();

    private T WithStore<T>(Func<SchoolDatabase, T> read)
    {
        using var db = SchoolDatabase.Open(_cli.DatabasePath);
        return read(db);
    }

    [Fact]
    public async Task SameFileTwice_ChangesNothing_AndAddsNoAuditEntry()
    {
        await _cli.Run("import", "roster", Repository.Sample("roster.csv"));
        var first = await _cli.Run("import", "scores", Repository.Sample("scores.csv"));
        var auditAfterFirst = WithStore(db => new LiteDbAuditLog(db).Latest(10_000).Count);

        var second = await _cli.Run("import", "scores", Repository.Sample("scores.csv"));

        Assert.Contains("260 dòng — 260 mới, 0 thay đổi, 0 không đổi.", first.Out);
        Assert.Contains("260 dòng — 0 mới, 0 thay đổi, 260 không đổi.", second.Out);
        Assert.Equal(auditAfterFirst, WithStore(db => new LiteDbAuditLog(db).Latest(10_000).Count));
    }

    [Fact]
    public async Task ChangedScore_IsUpdated_AndAuditedWithOldAndNew()
    {
        await _cli.Run("import", "roster", Repository.Sample("roster.csv"));
        await _cli.Run("import", "scores", Repository.Sample("scores.csv"));
        var corrected = _dir.Write("fix.csv", "student_code,subject,term,kind,score\nHS9002,Toán,1,ck,8\n");

        var result = await _cli.Run("import", "scores", corrected);

        Assert.Contains("1 dòng — 0 mới, 1 thay đổi, 0 không đổi.", result.Out);
        var code = StudentCode.Parse("HS9002");
        var ck = WithStore(db => new LiteDbGradeBook(db).MarksOf(code, Term.I).Single(m => m.Subject.Name == "Toán" && m.Column.ToString() == "ck"));
        Assert.Equal(8m, ck.Mark.Score!.Value.Value);
        var trail = WithStore(db => new LiteDbAuditLog(db).About("HS9002"));
        var change = Assert.Single(trail, e => e.OldValue is not null);
        Assert.Equal(("Toán Học kì I ck", "6.5", "8"), (change.What, change.OldValue, change.NewValue));
        Assert.Equal("cli", change.Channel);
        Assert.Equal("import scores fix.csv", change.Reason);
    }

    [Fact]
    public async Task Xlsx_WithTheSameColumns_ImportsLikeTheCsv()
    {
        await _cli.Run("import", "roster", Repository.Sample("roster.csv"));
        var rows = TableReader.Open(Repository.Sample("scores.csv")).Rows.Select(r => new Dictionary<string, object?>
        {
            ["Student_Code"] = r["student_code"], ["Subject"] = r["subject"],
            ["Term"] = int.Parse(r["term"]!, System.Globalization.CultureInfo.InvariantCulture),
            ["Kind"] = r["kind"], ["Score"] = r["score"],
        }).ToList();
        var xlsx = _dir.File("scores.xlsx");
        MiniExcel.SaveAs(xlsx, rows);

        var result = await _cli.Run("import", "scores", xlsx);
        var again = await _cli.Run("import", "scores", Repository.Sample("scores.csv"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("scores.xlsx: 260 dòng — 260 mới", result.Out);
        Assert.Contains("0 mới, 0 thay đổi, 260 không đổi", again.Out);
    }

    [Fact]
    public async Task Xlsx_BadRow_IsNamedByItsSpreadsheetRow()
    {
        await _cli.Run("import", "roster", Repository.Sample("roster.csv"));
        var xlsx = _dir.File("scores.xlsx");
        MiniExcel.SaveAs(xlsx, new[]
        {
            new { student_code = "HS9001", subject = "Toán", term = 1, kind = "tx", score = 8.5 },
            new { student_code = "HS9001", subject = "Toán", term = 1, kind = "gk", score = 12.0 },
        });

        var result = await _cli.Run("import", "scores", xlsx);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("scores.xlsx:3: score \"12\" nằm ngoài thang điểm 0–10", result.Error);
    }

    [Fact]
    public async Task RosterReimport_WithAGuardianRemoved_ReplacesTheGuardians()
    {
        await _cli.Run("import", "roster", Repository.Sample("roster.csv"));
        var lines = File.ReadAllLines(Repository.Sample("roster.csv")).Where(l => !l.Contains("Đỗ Thị Lan", StringComparison.Ordinal));
        var changed = _dir.Write("roster.csv", string.Join('\n', lines) + "\n");

        var result = await _cli.Run("import", "roster", changed);

        Assert.Contains("1 thay đổi", result.Out);
        var guardians = WithStore(db => new LiteDbStudentDirectory(db).GuardiansOf(StudentCode.Parse("HS9001")));
        Assert.Equal(["Nguyễn Văn Hùng"], guardians.Select(g => g.FullName));
    }
}
