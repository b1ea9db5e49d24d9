using SoLienLac.Bot.Tests.Support;
using SoLienLac.Storage.Tests.Support;
using static SoLienLac.Bot.Tests.OnPostgreSql.TwoSchools;

namespace SoLienLac.Bot.Tests.OnPostgreSql;

/// <summary>
/// The verbs of a deployment of two schools: every file and every report is one school's, codes are
/// the deployment's, and a verb that could mean either school asks which.
/// </summary>
public sealed class TwoSchoolsVerbsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private async Task<CliRun> DistrictAsync()
    {
        var cli = new CliRun(_dir.File("unused.db"));
        cli.Settings["Storage:Provider"] = "PostgreSql";
        cli.Settings["Storage:ConnectionString"] = await PostgreSqlServer.Shared.CreateDatabaseAsync();
        return cli;
    }

    [Fact]
    public async Task EachSchoolsFiles_GoToThatSchool_AndItsResultsAreItsOwn()
    {
        var cli = await DistrictAsync();
        await SetUpAsync(cli, _dir);

        var ofB = await cli.Run("results", "--class", "6A", "--term", "1", "--format", "csv", "--school", B);
        var ofA = await cli.Run("results", "--class", "6A", "--term", "1", "--format", "csv", "--school", A);
        var either = await cli.Run("results", "--class", "6A", "--term", "1");

        Assert.Equal(0, ofB.ExitCode);
        Assert.Contains(ChildInBName, ofB.Out);
        Assert.Contains(OtherInBName, ofB.Out);
        Assert.DoesNotContain(ChildInAName, ofB.Out);
        Assert.Contains(ChildInAName, ofA.Out);
        Assert.DoesNotContain(ChildInBName, ofA.Out);
        Assert.NotEqual(0, either.ExitCode);
        Assert.Contains($"Hệ thống có 2 trường: thêm --school MÃ ({A}, {B})", either.Error);
    }

    [Fact]
    public async Task AStudentCodeIsTheDeployments_AnotherSchoolsFileCannotTakeIt_AndNothingIsWritten()
    {
        var cli = await DistrictAsync();
        await SetUpAsync(cli, _dir);
        var taking = RosterHeader() + $"{ChildInA},{ChildInAName},2015-01-10,7B,Trần Thị Hoa,{MotherPhone},Mẹ\nHSB009,Hồ Thị Mới,2015-05-05,6A,Hồ Văn Tư,0912000009,Bố\n";

        var refused = await cli.Run("import", "roster", _dir.Write("taking.csv", taking), "--school", B);
        var noSchool = await cli.Run("import", "roster", _dir.Write("again.csv", RosterOfB));
        var unknown = await cli.Run("import", "roster", _dir.Write("again2.csv", RosterOfB), "--school", "THCS-Z");
        var ofA = await cli.Run("results", "--class", "6A", "--term", "1", "--format", "csv", "--school", A);
        var ofB = await cli.Run("results", "--class", "6A", "--term", "1", "--format", "csv", "--school", B);

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains($"taking.csv:2: student_code \"{ChildInA}\" là học sinh của trường {A}: mã học sinh là duy nhất trong cả hệ thống", refused.Error);
        Assert.Contains("không có gì được ghi", refused.Error);
        Assert.Contains(ChildInAName, ofA.Out);
        Assert.DoesNotContain("Hồ Thị Mới", ofB.Out);
        Assert.NotEqual(0, noSchool.ExitCode);
        Assert.Contains("thêm --school MÃ", noSchool.Error);
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains($"--school THCS-Z: không có trường này. Các trường: {A}, {B}.", unknown.Error);
    }

    [Fact]
    public async Task ARowsSchoolColumn_MustBeTheFilesSchool()
    {
        var cli = await DistrictAsync();
        await SetUpAsync(cli, _dir);
        var mixed = "student_code,full_name,date_of_birth,class,guardian_name,guardian_phone,guardian_relation,school\n" +
            $"HSB010,Lý Thị Mai,2015-06-06,6A,Lý Văn Ba,0912000010,Bố,{A}\n";

        var refused = await cli.Run("import", "roster", _dir.Write("mixed.csv", mixed), "--school", B);

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains($"mixed.csv:2: school \"{A}\" — tệp này đang nhập cho trường {B} (--school)", refused.Error);
    }

    [Fact]
    public async Task ASchoolKeepsItsOwnSettings_AndItsBookIsPrintedUnderItsOwnName()
    {
        var cli = await DistrictAsync();
        await SetUpAsync(cli, _dir);

        var set = await cli.Run("schools", "set", B, "--authority", "UBND Quận 3 — Phòng GD&ĐT", "--closed", "1", "--term2", "18/01/2027", "--phone", "028 3838 0000");
        var wrong = await cli.Run("schools", "set", B, "--closed", "3");
        var listed = await cli.Run("schools", "list");
        var book = await cli.Run("report", "--class", "all", "--term", "1", "--out", _dir.File("so-B") + "/", "--school", B);

        Assert.Equal(0, set.ExitCode);
        Assert.Contains($"Đã cập nhật trường {B}: {NameOfB} · học kì II từ 18/01/2027 · đã khóa sổ HK1 · ĐT 028 3838 0000 · trực thuộc UBND Quận 3 — Phòng GD&ĐT", set.Out);
        Assert.NotEqual(0, wrong.ExitCode);
        Assert.Contains("--closed \"3\": học kì là 1 hoặc 2", wrong.Error);
        Assert.Contains($"• {A}  {NameOfA}  (thêm ngày", listed.Out);
        Assert.Contains($"• {B}  {NameOfB} · học kì II từ 18/01/2027", listed.Out);
        Assert.Equal(0, book.ExitCode);
        Assert.Contains("Lớp 6A: 2 trang", book.Out);
        Assert.Contains("1 lớp, 2 trang", book.Out);
    }

    [Fact]
    public async Task AStoreFromBefore_KeepsWorkingWhenGivenItsCode_AndJoinsItsSchoolByImportingWithIt()
    {
        var cli = await DistrictAsync();
        foreach (var kind in new[] { "roster", "teachers", "scores" })
            Assert.Equal(0, (await cli.Run("import", kind, Repository.Sample($"{kind}.csv"))).ExitCode);
        var before = await cli.Run("results", "--class", "6C", "--term", "1", "--format", "csv");

        Assert.Equal(0, (await cli.Run("schools", "add", A, "--name", NameOfA)).ExitCode);
        var coded = await cli.Run("results", "--class", "6C", "--term", "1", "--format", "csv");
        Assert.Equal(0, (await cli.Run("import", "roster", Repository.Sample("roster.csv"), "--school", A)).ExitCode);
        Assert.Equal(0, (await cli.Run("import", "teachers", Repository.Sample("teachers.csv"), "--school", A)).ExitCode);
        var joined = await cli.Run("results", "--class", "6C", "--term", "1", "--format", "csv");

        Assert.Equal(0, coded.ExitCode);
        Assert.Equal(before.Out, coded.Out);
        Assert.Equal(0, joined.ExitCode);
        // Its scores followed its students into the school.
        Assert.Equal(before.Out, joined.Out);
    }

    private static string RosterHeader() => "student_code,full_name,date_of_birth,class,guardian_name,guardian_phone,guardian_relation\n";
}
