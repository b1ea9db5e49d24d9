using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbVerificationAttempts(SchoolDatabase db) : IVerificationAttempts
{
    private ILiteCollection<BsonDocument> Failures => db.Collection(Collections.VerificationFailures);

    public Task<IReadOnlyList<DateTimeOffset>> FailuresOfAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DateTimeOffset>>(db.Read(() =>
        Failures.Find(Where.Is("chat", chat.Key)).Select(d => LinkDocuments.Utc(d["at"])).ToList()));

    public Task<IReadOnlyList<CodeFailure>> FailuresAgainstAsync(string holderCode, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CodeFailure>>(db.Read(() =>
        Failures.Find(Where.Is("against", holderCode)).Select(d => new CodeFailure(ChatAddress.Parse(d["chat"].AsString), LinkDocuments.Utc(d["at"]))).ToList()));

    public Task RecordFailureAsync(ChatAddress chat, DateTimeOffset at, string? against, CancellationToken cancellationToken)
    {
        
        db.Write(() => Failures.Insert(new BsonDocument
        {
            ["_id"] = ObjectId.NewObjectId(),
            ["chat"] = chat.Key,
            ["at"] = at.UtcDateTime,
            ["against"] = against is null ? BsonValue.Null : against,
        }));
        return Task.CompletedTask;
    }

    public Task<int> ForgetBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var forgotten = 0;
        db.Write(() => forgotten = db.Collection(Collections.VerificationFailures).DeleteMany(Where.Matches("at < @0", before.UtcDateTime)));
        return Task.FromResult<int>(forgotten);
    }
}
