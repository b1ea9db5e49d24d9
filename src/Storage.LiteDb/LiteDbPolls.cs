using LiteDB;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Polls;
using SoLienLac.Domain.Students;
using SoLienLac.Storage.LiteDb.Documents;

namespace SoLienLac.Storage.LiteDb;

/// <summary>A document a poll, found through the class index; an answer a poll and child, found through the poll index.</summary>
internal sealed class LiteDbPolls(SchoolDatabase db) : IPolls
{
    private ILiteCollection<BsonDocument> Polls => db.Collection(Collections.Polls);

    private ILiteCollection<BsonDocument> Answers => db.Collection(Collections.PollAnswers);

    /// <summary>The poll and the families' messages in one write; a poll created again is kept once, as it was.</summary>
    public Task CreateAsync(Poll poll, IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(messages);
        db.Write(() =>
        {
            if (Polls.FindById(poll.Id) is null) Polls.Insert(PollDocuments.From(poll));
            LiteDbOutbox.Add(db.Collection(Collections.Outbox), messages);
        });
        return Task.CompletedTask;
    }

    public Task<Poll?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(db.Read(() => Polls.FindById(id) is { } d ? PollDocuments.ToPoll(d) : null));

    /// <summary>Every poll read: a school makes a few a week, and an id's hex digits are no field to index.</summary>
    public Task<IReadOnlyList<Poll>> FindByPrefixAsync(string hex, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hex);
        return Task.FromResult<IReadOnlyList<Poll>>(db.Read(() => Polls.FindAll().Select(PollDocuments.ToPoll)
            .Where(p => p.Id.ToString("N").StartsWith(hex, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id).Take(2).ToList()));
    }

    public Task<IReadOnlyList<Poll>> LatestAsync(ClassName? className, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Poll>>(db.Read(() =>
            (className is { } c ? Polls.Find(Where.Matches("(class = @0 OR class = @1)", c.Key, BsonValue.Null)) : Polls.FindAll())
                .Select(PollDocuments.ToPoll).Where(p => className is not { } of || p.ConcernsClass(of)).OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id).Take(Math.Max(0, max)).ToList()));

    /// <summary>A poll closed again keeps the time it was first closed.</summary>
    public Task CloseAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        db.Write(() =>
        {
            if (Polls.FindById(id) is not { } d || !d["closed_at"].IsNull) return;
            d["closed_at"] = at.UtcDateTime;
            Polls.Update(d);
        });
        return Task.CompletedTask;
    }

    public Task AnswerAsync(PollAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        db.Write(() => Answers.Upsert(PollDocuments.From(answer)));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PollAnswer>> AnswersAsync(Guid poll, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PollAnswer>>(db.Read(() => Answers.Find(Where.Is("poll", poll)).Select(PollDocuments.ToAnswer).ToList()));
}
