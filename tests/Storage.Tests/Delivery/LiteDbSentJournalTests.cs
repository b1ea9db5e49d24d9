using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;
using SoLienLac.Storage.LiteDb;

namespace SoLienLac.Storage.Tests.Delivery;

/// <summary>
/// On LiteDB a confirmed send is written to a journal beside the file at once and folded into the file
/// in groups: a message marked sent is never sent again, even when the bot was killed before the fold.
/// </summary>
public sealed class LiteDbSentJournalTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 7, 30, 0, TimeSpan.FromHours(7));
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "solienlac-storage-tests", Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "school.db");

    private string[] JournalFiles() => Directory.GetFiles(_folder, "school-sent-*.log");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static OutboxMessage Message(string id) => new(id, new ChatAddress("telegram", id), """{"text":"Tóm tắt"}""", T0.AddHours(-1), T0.AddMinutes(-1));

    private async Task LeaseTwoAsync()
    {
        using var db = SchoolDatabase.Open(DatabasePath);
        var outbox = new LiteDbOutbox(db);
        await outbox.EnqueueManyAsync([Message("m1"), Message("m2")], default);
        Assert.Equal(2, (await outbox.LeaseAsync(10, T0, TimeSpan.FromMinutes(2), "bot-1", default)).Count);
    }

    [Fact]
    public async Task AMarkIsInTheJournalAtOnce_AndInTheFileWhenTheQueueIsRead()
    {
        await LeaseTwoAsync();
        using var db = SchoolDatabase.Open(DatabasePath);
        var outbox = new LiteDbOutbox(db);

        await outbox.MarkSentAsync("m1", T0.AddSeconds(5), default);

        Assert.Single(JournalFiles());
        var m1 = await outbox.FindAsync("m1", default);
        Assert.Equal(OutboxStatus.Sent, m1!.Status);
        Assert.Equal(T0.AddSeconds(5), m1.SentAt);
        Assert.Null(m1.LeasedBy);
        // The folded journal stays one fold longer (the file's writer may not have written the commit
        // yet), and goes at the next fold, or when the store closes.
        Assert.Single(JournalFiles());
        await outbox.MarkSentAsync("m2", T0.AddSeconds(6), default);
        await outbox.FindAsync("m2", default);
        Assert.Single(JournalFiles());
        db.Dispose();
        Assert.Empty(JournalFiles());
    }

    [Fact]
    public async Task ABotKilledBeforeTheFold_ItsMarksAreFoldedWhenTheStoreOpens_AndTheMessageIsNotLeasedAgain()
    {
        await LeaseTwoAsync();
        // What a killed bot leaves: the journal written, the file never told. A line cut short by the
        // kill is the message in flight and counts as not sent.
        var (journal, _, _) = SentJournal.Open(DatabasePath);
        journal.Append("m1", T0.AddSeconds(5));
        journal.Dispose();
        File.AppendAllText(JournalFiles().Single(), "\"m2\"\t6390");

        using var db = SchoolDatabase.Open(DatabasePath);
        var outbox = new LiteDbOutbox(db);

        Assert.Empty(JournalFiles());
        Assert.Equal(OutboxStatus.Sent, (await outbox.FindAsync("m1", default))!.Status);
        Assert.Equal(OutboxStatus.Pending, (await outbox.FindAsync("m2", default))!.Status);
        var retaken = await outbox.LeaseAsync(10, T0.AddMinutes(3), TimeSpan.FromMinutes(2), "bot-2", default);
        Assert.Equal(["m2"], retaken.Select(m => m.Id));
    }

    [Fact]
    public async Task TheJournalIsPrivateToTheBotsUser()
    {
        if (OperatingSystem.IsWindows()) return;
        await LeaseTwoAsync();
        using var db = SchoolDatabase.Open(DatabasePath);
        await new LiteDbOutbox(db).MarkSentAsync("m1", T0, default);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(JournalFiles().Single()));
    }
}
