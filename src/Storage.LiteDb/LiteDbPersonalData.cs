using LiteDB;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Privacy;

namespace SoLienLac.Storage.LiteDb;

/// <summary>A chat's data erased in one write: by its key, through the chat indexes; the audit read once to rewrite where it names the chat.</summary>
internal sealed class LiteDbPersonalData(SchoolDatabase db) : IPersonalData
{
    public Task<int> EraseChatAsync(ChatAddress chat, bool keepCorrespondence, CancellationToken cancellationToken)
    {
        var key = chat.Key;
        var erased = 0;
        db.FoldSentMarks();
        db.Write(() =>
        {
            foreach (var name in new[] { Collections.ParentSettings, Collections.Chats, Collections.PendingFiles, Collections.StaffLinks })
                erased += db.Collection(name).Delete(key) ? 1 : 0;
            foreach (var name in new[] { Collections.ParentLinks, Collections.Consents, Collections.StandingChoices, Collections.Outbox,
                         Collections.VerificationFailures, Collections.Acknowledgements })
                erased += db.Collection(name).DeleteMany(Query.EQ("chat", key));
            erased += db.Collection(Collections.AccessLog).DeleteMany(Query.EQ("who", key));
            // The correspondence goes, unless an admin recorded a lawful reason to keep it: then it stays, unnamed.
            if (keepCorrespondence)
            {
                erased += Unname(Collections.LeaveRequests, "chat", key);
            }
            else
            {
                erased += db.Collection(Collections.LeaveRequests).DeleteMany(Query.EQ("chat", key));
                erased += db.Collection(Collections.TalkMessages).DeleteMany(Query.And(Query.EQ("chat", key), Query.EQ("from_parent", true)));
            }
            // A code the chat used stays used, by nobody named; so do the teacher's answers to it and the
            // family's answers to polls (a permission slip is the school's record of the child).
            erased += Unname(Collections.ActivationCodes, "used_by", key);
            erased += Unname(Collections.TalkMessages, "chat", key);
            erased += Unname(Collections.PollAnswers, "chat", key);
            var audit = db.Collection(Collections.Audit);
            foreach (var entry in audit.FindAll().Where(d => Names(d, key)).ToList())
            {
                foreach (var field in AuditFields)
                    if (entry[field].IsString) entry[field] = entry[field].AsString.Replace(key, ErasureRequest.Erased, StringComparison.Ordinal);
                audit.Update(entry);
                erased++;
            }
        });
        return Task.FromResult(erased);
    }

    /// <summary>Writes <see cref="ErasureRequest.Erased"/> where the field names the chat, inside the caller's write.</summary>
    private int Unname(string collection, string field, string key)
    {
        var documents = db.Collection(collection);
        var named = documents.Find(Query.EQ(field, key)).ToList();
        foreach (var d in named)
        {
            d[field] = ErasureRequest.Erased;
            documents.Update(d);
        }
        return named.Count;
    }

    private static readonly string[] AuditFields = ["actor", "what", "old", "new", "reason"];

    private static bool Names(BsonDocument entry, string key) =>
        AuditFields.Any(f => entry[f].IsString && entry[f].AsString.Contains(key, StringComparison.Ordinal));
}
