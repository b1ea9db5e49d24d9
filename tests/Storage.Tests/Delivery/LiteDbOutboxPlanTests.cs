using LiteDB;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Storage.LiteDb.Documents;

namespace SoLienLac.Storage.Tests.Delivery;

/// <summary>
/// The LiteDB sender leases through the "due" index — only pending messages are in it, in due order —
/// never by reading the queue and sorting it; and a file of schema 2 gets the field on opening.
/// </summary>
public sealed class LiteDbOutboxPlanTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 7, 30, 0, TimeSpan.FromHours(7));
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "solienlac-storage-tests", Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "school.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static OutboxMessage Message(int i) =>
        new($"m{i:D5}", new ChatAddress("telegram", $"{1000 + i}"), """{"text":"Tóm tắt"}""", T0.AddHours(-1), T0.AddSeconds(-i));

    [Fact]
    public async Task Lease_WalksTheDueIndex_AndTakesTheOldestFirst()
    {
        using var db = SchoolDatabase.Open(DatabasePath);
        var outbox = new LiteDbOutbox(db);
        await outbox.EnqueueManyAsync([.. Enumerable.Range(0, 300).Select(Message)], default);
        foreach (var i in Enumerable.Range(0, 290)) await outbox.MarkSentAsync($"m{i:D5}", T0, default);

        var plan = db.Read(() => db.Collection(Collections.Outbox).Query()
            .Where(BsonExpression.Create($"{OutboxDocument.Due} BETWEEN @0 AND @1", DateTime.MinValue, T0.UtcDateTime)).GetPlan());

        Assert.Equal(OutboxDocument.Due, plan["index"]["name"].AsString);
        var taken = await outbox.LeaseAsync(3, T0, TimeSpan.FromMinutes(2), "bot-1", default);
        Assert.Equal(["m00299", "m00298", "m00297"], taken.Select(m => m.Id));
    }

    [Fact]
    public async Task AFileOfSchema2_GetsTheDueField_SoItsWaitingMessagesAreSent()
    {
        using (var db = SchoolDatabase.Open(DatabasePath))
        {
            await new LiteDbOutbox(db).EnqueueManyAsync([Message(1), Message(2)], default);
            db.Write(() =>
            {
                var messages = db.Collection(Collections.Outbox);
                foreach (var d in messages.FindAll().ToList())
                {
                    d.Remove(OutboxDocument.Due);
                    messages.Update(d);
                }
            });
            db.UserVersion = 2;
        }

        using var reopened = SchoolDatabase.Open(DatabasePath);

        Assert.Equal(3, reopened.UserVersion);
        Assert.Equal(2, (await new LiteDbOutbox(reopened).LeaseAsync(10, T0, TimeSpan.FromMinutes(2), "bot-1", default)).Count);
    }
}
