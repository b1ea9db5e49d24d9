using LiteDB;
using SoLienLac.Bot.Storage.LiteDb.Documents;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Storage.LiteDb;

internal sealed class LiteDbVerificationAttempts(SchoolDatabase db) : IVerificationAttempts
{
    public IReadOnlyList<DateTimeOffset> FailuresOf(ChatAddress chat) => db.Read(() =>
        db.Collection(Collections.VerificationFailures).Find(Where.Is("chat", chat.Key))
            .Select(d => LinkDocuments.Utc(d["at"])).ToList());

    public void RecordFailure(ChatAddress chat, DateTimeOffset at) =>
        db.Write(() => db.Collection(Collections.VerificationFailures).Insert(new BsonDocument
        {
            ["_id"] = ObjectId.NewObjectId(),
            ["chat"] = chat.Key,
            ["at"] = at.UtcDateTime,
        }));

    public int ForgetBefore(DateTimeOffset before)
    {
        var forgotten = 0;
        db.Write(() => forgotten = db.Collection(Collections.VerificationFailures).DeleteMany(Where.Matches("at < @0", before.UtcDateTime)));
        return forgotten;
    }
}
