using System.Globalization;
using CsvHelper;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Cli;

/// <summary>
/// Every CSV the bot writes is opened in a spreadsheet by someone at the school: a name with a quote
/// keeps its columns, and a name that a spreadsheet would run as a formula comes out as plain text.
/// </summary>
public sealed class CsvInjectionTests : IDisposable
{
    private const string Formula = "=HYPERLINK(\"http://x\",\"y\")";
    private const string Quoted = "Nguyễn Văn \"Tèo\"";

    private readonly TempDirectory _dir = new();
    private readonly CliRun _cli;

    public CsvInjectionTests() => _cli = new CliRun(DemoDatabase.CopyTo(_dir));

    public void Dispose() => _dir.Dispose();

    /// <summary>Students added to the demo school's 6A through the store: a roster file may not go into the demo school.</summary>
    private Task AddStudents(params (string Code, string Name)[] students)
    {
        using var db = SchoolDatabase.Open(_cli.DatabasePath);
        var changes = new ChangeSet();
        changes.Students.AddRange(students.Select(s => Student.Enrol(StudentCode.Parse(s.Code), s.Name, new DateOnly(2014, 5, 1), ClassName.Parse("6A"))));
        new LiteDbSchoolRecords(db).Save(changes);
        return Task.CompletedTask;
    }

    /// <summary>The cells of each line, as a spreadsheet or a script reading CSV gets them.</summary>
    private static List<string[]> Parse(string csvText)
    {
        using var parser = new CsvParser(new StringReader(csvText), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (parser.Read()) rows.Add(parser.Record!);
        return rows;
    }

    private static void AssertNameCells(List<string[]> rows, int nameColumn)
    {
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        Assert.Equal("'" + Formula, rows.Single(r => r[0] == "HS9901")[nameColumn]);
        Assert.Equal(Quoted, rows.Single(r => r[0] == "HS9902")[nameColumn]);
        Assert.All(rows.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal), $"formula cell {cell}"));
    }

    [Fact]
    public async Task CodesCsv_KeepsItsColumns_AndNeutralisesAFormulaName()
    {
        await AddStudents(("HS9901", Formula), ("HS9902", Quoted));
        var file = _dir.File("6A-codes.csv");

        var result = await _cli.Run("codes", "--class", "6A", "--out", file);

        Assert.Equal(0, result.ExitCode);
        var rows = Parse(File.ReadAllText(file));
        Assert.Equal(["student_code", "full_name", "code", "expires_on"], rows[0]);
        AssertNameCells(rows, 1);
    }

    [Fact]
    public async Task ResultsCsv_KeepsItsColumns_AndNeutralisesAFormulaName()
    {
        await AddStudents(("HS9901", Formula), ("HS9902", Quoted));

        var result = await _cli.Run("results", "--class", "6A", "--term", "1", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var rows = Parse(result.Out);
        Assert.Equal("student_code", rows[0][0]);
        AssertNameCells(rows, 1);
        Assert.Contains(rows, r => r[0] == "HS0001" && r.Contains("Lê Quỳnh Hằng") && r.Any(c => c.Contains('.', StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ExportedGradebook_OfACodeStartingWithADash_ReadsBackUnchanged()
    {
        await AddStudents(("-HS77", "Trần Văn An"));
        var scores = _dir.Write("diem.csv", "student_code,subject,term,kind,score\n-HS77,Toán,1,gk,8.5\n-HS77,Toán,1,ck,9\n");
        Assert.Equal(0, (await _cli.Run("import", "scores", scores)).ExitCode);
        var file = _dir.File("6A.csv");

        var exported = await _cli.Run("export", "scores", "--class", "6A", "--out", file);
        var imported = await _cli.Run("import", "scores", file);

        Assert.Equal(0, exported.ExitCode);
        Assert.Contains(Parse(File.ReadAllText(file)), r => r[0] == "'-HS77" && r[4] == "8.5");
        Assert.Equal(0, imported.ExitCode);
        var count = exported.Out.Split(' ')[2];
        Assert.Contains($"6A.csv: {count} dòng — 0 mới, 0 thay đổi, {count} không đổi.", imported.Out);
    }
}
