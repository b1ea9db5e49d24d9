using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbVerificationAttempts(SchoolDatabase db) : IVerificationAttempts
{
    private ILiteCollection<BsonDocument> Failures => db.Collection(Collections.VerificationFailures);

    public IReadOnlyList<DateTimeOffset> FailuresOf(ChatAddress chat) => db.Read(() =>
        Failures.Find(Where.Is("chat", chat.Key)).Select(d => LinkDocuments.Utc(d["at"])).ToList());

    public IReadOnlyList<CodeFailure> FailuresAgainst(string holderCode) => db.Read(() =>
        Failures.Find(Where.Is("against", holderCode)).Select(d => new CodeFailure(ChatAddress.Parse(d["chat"].AsString), LinkDocuments.Utc(d["at"]))).ToList());

    public void RecordFailure(ChatAddress chat, DateTimeOffset at, string? against = null) =>
        db.Write(() => Failures.Insert(new BsonDocument
        {
            ["_id"] = ObjectId.NewObjectId(),
            ["chat"] = chat.Key,
            ["at"] = at.UtcDateTime,
            ["against"] = against is null ? BsonValue.Null : against,
        }));

    public int ForgetBefore(DateTimeOffset before)
    {
        var forgotten = 0;
        db.Write(() => forgotten = db.Collection(Collections.VerificationFailures).DeleteMany(Where.Matches("at < @0", before.UtcDateTime)));
        return forgotten;
    }
}
