using System.Runtime.Versioning;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Tests.Cli;

/// <summary>
/// What the bot writes holds children's records or the codes that open them: readable by the
/// service's user only (600), in folders it makes readable by that user only (700), whatever the umask.
/// </summary>
[UnsupportedOSPlatform("windows")] // file modes: the service runs on Linux
public sealed class PrivateFilesTests : IDisposable
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateFolder = Private | UnixFileMode.UserExecute;

    private readonly TempDirectory _dir = new();
    private readonly CliRun _cli;

    public PrivateFilesTests() => _cli = new CliRun(DemoDatabase.CopyTo(_dir));

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("backup --out {dir}/sao-luu/school-2026-11-23.db", "sao-luu/school-2026-11-23.db")]
    [InlineData("codes --class 6A --out {dir}/ma/6A.csv", "ma/6A.csv")]
    [InlineData("codes --class 6A --out {dir}/ma/6A.pdf", "ma/6A.pdf")]
    [InlineData("codes --teacher all --out {dir}/ma/giao-vien.csv", "ma/giao-vien.csv")]
    [InlineData("report --class 6A --term 1 --out {dir}/in/6A.pdf", "in/6A.pdf")]
    [InlineData("report --class 6A --term 1 --out {dir}/in/", "in/so-lien-lac-6A-hk1.pdf")]
    [InlineData("report --class all --term 1 --out {dir}/in/", "in/so-lien-lac-6B-hk1.pdf")]
    [InlineData("export scores --class 6A --out {dir}/xuat/6A.xlsx", "xuat/6A.xlsx")]
    [InlineData("export scores --class 6A --out {dir}/xuat/6A.csv", "xuat/6A.csv")]
    public async Task WhatAVerbWrites_IsReadableByItsUserOnly_InAFolderItMadePrivate(string line, string written)
    {
        var result = await _cli.Run(line.Replace("{dir}", _dir.Path, StringComparison.Ordinal).Split(' '));

        Assert.Equal(0, result.ExitCode);
        var file = _dir.File(written);
        Assert.Equal(Private, File.GetUnixFileMode(file));
        Assert.Equal(PrivateFolder, File.GetUnixFileMode(Path.GetDirectoryName(file)!));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(file)!, "*.part"));
    }

    [Fact]
    public async Task AFileWrittenOverAnOlderOneThatOthersCouldRead_IsPrivateToo()
    {
        var file = _dir.Write("6A.csv", "an older list of codes");
        File.SetUnixFileMode(file, Private | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var result = await _cli.Run("codes", "--class", "6A", "--out", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Private, File.GetUnixFileMode(file));
        Assert.StartsWith("student_code,full_name,code,expires_on", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
    }

    [Fact]
    public void ANewDatabase_ItsLogAndItsLockFile_AreReadableByTheServiceUserOnly()
    {
        var path = _dir.File("du-lieu/truong.db");

        using (var db = SchoolDatabase.Open(path))
        {
            new LiteDbVerificationAttempts(db).RecordFailure(new ChatAddress("telegram", "1"), DateTimeOffset.UnixEpoch); // a write: LiteDB's log is in use
            Assert.Equal(PrivateFolder, File.GetUnixFileMode(_dir.File("du-lieu")));
            Assert.Equal(Private, File.GetUnixFileMode(path));
            Assert.Equal(Private, File.GetUnixFileMode(path + ".lock"));
            Assert.Equal(Private, File.GetUnixFileMode(_dir.File("du-lieu/truong-log.db")));
        }
        using var reopened = SchoolDatabase.Open(path);
        Assert.Single(new LiteDbVerificationAttempts(reopened).FailuresOf(new ChatAddress("telegram", "1")));
    }

    [Fact]
    public void ADatabaseFromAnEarlierRelease_ThatOthersCouldRead_IsMadePrivateWhenOpened()
    {
        var path = _cli.DatabasePath;
        File.SetUnixFileMode(path, Private | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        using var db = SchoolDatabase.Open(path);

        Assert.Equal(Private, File.GetUnixFileMode(path));
    }
}
