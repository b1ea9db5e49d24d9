using LiteDB;
using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb;

/// <summary>
/// Leavers' family data forgotten in one write: through the student and chat indexes, the outbox read
/// once. Their threads with the teachers count with the outbox's messages.
/// </summary>
internal sealed class LiteDbRetention(SchoolDatabase db) : IRetention
{
    public Task<RetentionOutcome> ForgetLeaversAsync(DateOnly leftBefore, CancellationToken cancellationToken)
    {
        var outcome = new RetentionOutcome(0, 0, 0, 0, 0);
        db.FoldSentMarks();
        db.Write(() =>
        {
            var cutoff = Schema.Date(leftBefore).AsString;
            var gone = db.Collection(Collections.Students).Find(Query.Not("left_on", BsonValue.Null))
                .Where(d => d["status"].AsString != StudentStatus.Studying.Code() && string.CompareOrdinal(d["left_on"].AsString, cutoff) < 0)
                .Select(d => d["_id"].AsString).ToHashSet(StringComparer.Ordinal);
            if (gone.Count == 0) return;
            var parentLinks = db.Collection(Collections.ParentLinks);
            var chats = new HashSet<string>(StringComparer.Ordinal);
            var links = 0;
            var lines = 0;
            var talk = 0;
            foreach (var student in gone)
            {
                foreach (var link in parentLinks.Find(Query.EQ("student", student)).ToList())
                {
                    chats.Add(link["chat"].AsString);
                    links += parentLinks.Delete(link["_id"]) ? 1 : 0;
                }
                lines += db.Collection(Collections.AccessLog).DeleteMany(Query.EQ("student", student));
                talk += db.Collection(Collections.TalkMessages).DeleteMany(Query.EQ("student", student));
                db.Collection(Collections.TalkMutes).DeleteMany(Query.EQ("student", student));
                db.Collection(Collections.PollAnswers).DeleteMany(Query.EQ("student", student));
            }
            var outbox = db.Collection(Collections.Outbox);
            var messages = outbox.FindAll().Where(d => d["for"].IsString && gone.Contains(d["for"].AsString)).Select(d => d["_id"]).ToList();
            foreach (var id in messages) outbox.Delete(id);
            var forgotten = 0;
            foreach (var chat in chats)
            {
                if (parentLinks.Exists(Query.EQ("chat", chat)) || db.Collection(Collections.StaffLinks).Exists(Query.EQ("_id", chat))) continue;
                db.Collection(Collections.ParentSettings).Delete(chat);
                db.Collection(Collections.Chats).Delete(chat);
                db.Collection(Collections.Consents).DeleteMany(Query.EQ("chat", chat));
                forgotten++;
            }
            outcome = new RetentionOutcome(gone.Count, links, lines, messages.Count + talk, forgotten);
        });
        return Task.FromResult(outcome);
    }
}
