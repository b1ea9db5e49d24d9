using LiteDB;
using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Students;
using SoLienLac.Storage.LiteDb.Documents;

namespace SoLienLac.Storage.LiteDb;

/// <summary>The access log as documents keyed by person, student, kind and hour: a line written twice is one line.</summary>
internal sealed class LiteDbAccessLog(SchoolDatabase db) : IAccessLog
{
    private ILiteCollection<BsonDocument> Lines => db.Collection(Collections.AccessLog);

    public Task RecordAsync(IReadOnlyCollection<AccessEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0) return Task.CompletedTask;
        db.Write(() =>
        {
            foreach (var e in entries)
            {
                if (Lines.FindById(e.Key) is not null) continue;
                Lines.Insert(new BsonDocument
                {
                    ["_id"] = e.Key,
                    ["student"] = e.Student.Value,
                    ["who"] = e.Who,
                    ["name"] = e.Name,
                    ["role"] = e.Role.ToString(),
                    ["channel"] = e.Channel,
                    ["what"] = e.What,
                    ["hour"] = e.Hour.UtcDateTime,
                });
            }
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AccessEntry>> OfStudentAsync(StudentCode student, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AccessEntry>>(db.Read(() => Lines.Find(Query.EQ("student", student.Value)).Select(To)
            .Where(e => e.Hour >= AccessEntry.HourOf(since)).OrderByDescending(e => e.Hour).ThenBy(e => e.Who, StringComparer.Ordinal)
            .ThenBy(e => e.What, StringComparer.Ordinal).ToList()));

    internal static AccessEntry To(BsonDocument d) =>
        new(StudentCode.Parse(d["student"].AsString), d["who"].AsString, d["name"].AsString, Enum.Parse<AccessRole>(d["role"].AsString),
            d["channel"].AsString, d["what"].AsString, LinkDocuments.Utc(d["hour"]));
}
