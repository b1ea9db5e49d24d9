using LiteDB;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;
using SoLienLac.Storage.LiteDb.Documents;

namespace SoLienLac.Storage.LiteDb;

/// <summary>
/// A document a message, found through the student and teacher indexes; a message and the outbox
/// messages carrying it in one write. A mute a thread, office hours a teacher.
/// </summary>
internal sealed class LiteDbTalkThreads(SchoolDatabase db) : ITalkThreads
{
    private ILiteCollection<BsonDocument> Messages => db.Collection(Collections.TalkMessages);

    private ILiteCollection<BsonDocument> Mutes => db.Collection(Collections.TalkMutes);

    private ILiteCollection<BsonDocument> Hours => db.Collection(Collections.OfficeHours);

    /// <summary>A message sent again (a retried update) is kept once; its outbox messages, each unless its id is there.</summary>
    public Task SendAsync(TalkMessage message, IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(messages);
        db.Write(() =>
        {
            if (Messages.FindById(message.Id) is null) Messages.Insert(TalkDocuments.From(message));
            LiteDbOutbox.Add(db.Collection(Collections.Outbox), messages);
        });
        return Task.CompletedTask;
    }

    public Task<TalkMessage?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(db.Read(() => Messages.FindById(id) is { } d ? TalkDocuments.ToMessage(d) : null));

    public Task<IReadOnlyList<TalkMessage>> ThreadAsync(StudentCode student, string teacher, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TalkMessage>>(db.Read(() =>
            NewestFirst(Messages.Find(Where.Matches("(student = @0 AND teacher = @1)", student.Value, teacher)).Select(TalkDocuments.ToMessage))
                .Take(Math.Max(0, max)).Reverse().ToList()));

    /// <summary>A teacher's messages read whole; the school's walked newest first through the time index, no further than needed.</summary>
    public Task<IReadOnlyList<TalkMessage>> LatestAsync(string? teacher, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TalkMessage>>(db.Read(() => NewestOfEachThread(teacher is null
            ? Messages.Find(Query.All("at", Query.Descending)).Select(TalkDocuments.ToMessage)
            : NewestFirst(Messages.Find(Where.Is("teacher", teacher)).Select(TalkDocuments.ToMessage)), max)));

    public Task<IReadOnlyList<TalkMessage>> LatestOfStudentAsync(StudentCode student, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TalkMessage>>(db.Read(() =>
            NewestOfEachThread(NewestFirst(Messages.Find(Where.Is("student", student.Value)).Select(TalkDocuments.ToMessage)), max)));

    public Task<IReadOnlyList<TalkMessage>> OfChatAsync(string chat, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TalkMessage>>(db.Read(() =>
            NewestFirst(Messages.Find(Where.Is("chat", chat)).Select(TalkDocuments.ToMessage)).Take(Math.Max(0, max)).ToList()));

    public Task<TalkMessage?> LastReceivedAsync(string teacher, CancellationToken cancellationToken) =>
        Task.FromResult(db.Read(() =>
            NewestFirst(Messages.Find(Where.Matches("(teacher = @0 AND from_parent = @1)", teacher, true)).Select(TalkDocuments.ToMessage))
                .FirstOrDefault()));

    /// <summary>The mark and the admins' messages in one write; a message reported again keeps its first report.</summary>
    public Task ReportAsync(Guid id, DateTimeOffset at, IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        db.Write(() =>
        {
            LiteDbOutbox.Add(db.Collection(Collections.Outbox), messages);
            if (Messages.FindById(id) is not { } d || !d["reported_at"].IsNull) return;
            d["reported_at"] = at.UtcDateTime;
            Messages.Update(d);
        });
        return Task.CompletedTask;
    }

    public Task MuteAsync(TalkMute mute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mute);
        db.Write(() => Mutes.Upsert(TalkDocuments.From(mute)));
        return Task.CompletedTask;
    }

    public Task<TalkMute?> MuteOfAsync(StudentCode student, string teacher, CancellationToken cancellationToken) =>
        Task.FromResult(db.Read(() => Mutes.FindById(ThreadKey.Of(student, teacher)) is { } d ? TalkDocuments.ToMute(d) : null));

    public Task<OfficeHours?> OfficeHoursOfAsync(string teacher, CancellationToken cancellationToken) =>
        Task.FromResult(db.Read(() => Hours.FindById(teacher) is { } d ? TalkDocuments.ToOfficeHours(d) : null));

    public Task SaveOfficeHoursAsync(string teacher, OfficeHours hours, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hours);
        db.Write(() => Hours.Upsert(TalkDocuments.From(teacher, hours)));
        return Task.CompletedTask;
    }

    /// <summary>
    /// A thread is first met at its newest message. Messages of the instant of the last one taken are
    /// still read: PostgreSQL orders them by id, and so is the choice made here.
    /// </summary>
    private static List<TalkMessage> NewestOfEachThread(IEnumerable<TalkMessage> newestFirst, int max)
    {
        var newest = new Dictionary<string, TalkMessage>(StringComparer.Ordinal);
        DateTimeOffset? enough = null;
        foreach (var m in newestFirst)
        {
            if (m.At < enough) break;
            if (!newest.TryGetValue(m.ThreadKey, out var kept) || (kept.At == m.At && m.Id.CompareTo(kept.Id) > 0)) newest[m.ThreadKey] = m;
            if (newest.Count >= max) enough ??= m.At;
        }
        return NewestFirst(newest.Values).Take(Math.Max(0, max)).ToList();
    }

    /// <summary>Newest first, as PostgreSQL orders them (at, then id, descending).</summary>
    private static IEnumerable<TalkMessage> NewestFirst(IEnumerable<TalkMessage> messages) =>
        messages.OrderByDescending(m => m.At).ThenByDescending(m => m.Id);
}
