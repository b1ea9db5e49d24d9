using System.Runtime.Versioning;
using Quartz;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Scheduling;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Bot.Tests.Channels.Telegram;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Tests.Scheduling;

/// <summary>The nightly copy: made by the Quartz job while the bot serves, whole, and only the newest kept.</summary>
public sealed class NightlyBackupTests : TelegramTestBase
{
    private const long Parent = 9601;

    private string Folder => Dir.File("sao-luu");

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Backup:Folder"] = Folder, ["Backup:Keep"] = "2" };

    /// <summary>Runs the job, and waits until the folder holds <paramref name="expected"/> files (the copy made, the old ones gone).</summary>
    private async Task RunTheNightlyJob(int expected)
    {
        var scheduler = await Bot.Service<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(NightlyBackupJob.Key);
        for (var i = 0; i < 100 && (Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.db").Length : 0) != expected; i++) await Task.Delay(50);
    }

    [Fact]
    public async Task TheNightlyJob_CopiesTheWholeStore_WhileTheBotServes_AndKeepsTheNewestCopies()
    {
        Directory.CreateDirectory(Folder);
        var name = Path.GetFileNameWithoutExtension(DatabasePath);
        foreach (var day in new[] { "2026-11-20", "2026-11-21", "2026-11-22" })
            await File.WriteAllTextAsync(Path.Combine(Folder, $"{name}-nightly-{day}.db"), "older copy");
        await File.WriteAllTextAsync(Path.Combine(Folder, $"{name}-2026-11-01.db"), "a copy made by hand with backup --out");
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        var tonight = Path.Combine(Folder, $"{name}-nightly-2026-11-23.db");

        await RunTheNightlyJob(expected: 3);

        Assert.Equal([$"{name}-nightly-2026-11-23.db", $"{name}-nightly-2026-11-22.db", $"{name}-2026-11-01.db"],
            Directory.GetFiles(Folder).Select(Path.GetFileName).OrderDescending(StringComparer.Ordinal));
        using (var copy = SchoolDatabase.Open(tonight))
            Assert.Contains(new LiteDbChatLinks(copy).ParentsOf(StudentCode.Parse(DemoSchool.FirstStudentCode)), l => l.Chat.Id == $"{Parent}");
        Assert.False(string.IsNullOrEmpty((await Say(Parent, "/chuyencan")).Text)); // and the bot goes on answering
        Assert.Contains($"Sao lưu gần nhất: {tonight}", (await new CliRun(DatabasePath).Run("status")).Out);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")] // file modes: the service runs on Linux
    public async Task TheNightlyCopy_IsReadableByTheServiceUserOnly_InAFolderItMadePrivate()
    {
        await RunTheNightlyJob(expected: 1);

        var copy = Assert.Single(Directory.GetFiles(Folder));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(copy));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Folder));
    }
}
