using SoLienLac.Domain.Delivery;

namespace SoLienLac.Bot.Tests.Support;

/// <summary>
/// The outbox read and written from a test's assertions and wait loops, synchronously: on the LiteDB
/// store every call completes at once, and a test's polling loop reads better without awaits.
/// </summary>
public static class OutboxReading
{
    public static IReadOnlyDictionary<OutboxStatus, int> Counts(this IOutbox outbox) => Wait(outbox.CountsAsync(CancellationToken.None));

    public static OutboxMessage? Find(this IOutbox outbox, string id) => Wait(outbox.FindAsync(id, CancellationToken.None));

    public static bool Enqueue(this IOutbox outbox, OutboxMessage message) => Wait(outbox.EnqueueAsync(message, CancellationToken.None));

    public static void MarkSent(this IOutbox outbox, string id, DateTimeOffset at) => outbox.MarkSentAsync(id, at, CancellationToken.None).GetAwaiter().GetResult();

    public static void Close(this IOutbox outbox, string id, OutboxStatus status, string reason) =>
        outbox.CloseAsync(id, status, reason, CancellationToken.None).GetAwaiter().GetResult();

    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();
}
