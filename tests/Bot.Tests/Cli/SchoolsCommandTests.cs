using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Cli;

/// <summary>The deployment's schools from the command line: a LiteDB file is one school's, and says where several go.</summary>
public sealed class SchoolsCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly CliRun _cli;

    public SchoolsCommandTests() => _cli = new CliRun(DemoDatabase.CopyTo(_dir));

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task AFileTakesItsSchoolsCode_ListsIt_AndRefusesASecondSchool()
    {
        var before = await _cli.Run("schools", "list");
        var added = await _cli.Run("schools", "add", "thcs-nguyendu", "--name", "Trường THCS Nguyễn Du");
        var again = await _cli.Run("schools", "add", "THCS-NGUYENDU", "--name", "Trường THCS Nguyễn Du");
        var second = await _cli.Run("schools", "add", "79001", "--name", "Trường THCS Lê Lợi");
        var badCode = await _cli.Run("schools", "add", "trường", "--name", "Trường");
        var listed = await _cli.Run("schools", "list");

        Assert.StartsWith("Trường: 1 (chưa có mã) — Trường THCS Nguyễn Du.", before.Out);
        Assert.Equal((0, "Đã thêm trường THCS-NGUYENDU: Trường THCS Nguyễn Du."), (added.ExitCode, added.Out.Trim()));
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("Mã trường THCS-NGUYENDU đã có", again.Error);
        Assert.NotEqual(0, second.ExitCode);
        Assert.Contains("Nhiều trường dùng chung một cơ sở dữ liệu PostgreSQL", second.Error);
        Assert.NotEqual(0, badCode.ExitCode);
        Assert.Contains("không phải mã trường", badCode.Error);
        Assert.StartsWith("Trường: 1\n• THCS-NGUYENDU  Trường THCS Nguyễn Du", listed.Out.ReplaceLineEndings("\n"));
    }
}
