using LiteDB;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Storage.LiteDb.Documents;

namespace SoLienLac.Storage.LiteDb;

/// <summary>A document a student and kind of record, moved by the change sets (<see cref="LiteDbSchoolRecords"/>).</summary>
internal sealed class LiteDbRecordStamps(SchoolDatabase db) : IRecordStamps
{
    public Task<IReadOnlyDictionary<RecordKind, DateTimeOffset>> OfAsync(StudentCode student, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<RecordKind, DateTimeOffset>>(db.Read(() =>
            db.Collection(Collections.RecordStamps).Find(Where.Is("student", student.Value))
                .ToDictionary(d => Enum.Parse<RecordKind>(d["kind"].AsString), d => LinkDocuments.Utc(d["at"]))));

    /// <summary>Moves the stamps inside the caller's write (a change set's): a stamp already newer than the change stays.</summary>
    internal static void Move(ILiteCollection<BsonDocument> stamps, IEnumerable<RecordStamp> moved)
    {
        foreach (var stamp in moved)
        {
            var key = $"{stamp.Student}|{stamp.Kind}";
            if (stamps.FindById(key) is { } d && LinkDocuments.Utc(d["at"]) >= stamp.At) continue;
            stamps.Upsert(new BsonDocument
            {
                ["_id"] = key,
                ["student"] = stamp.Student.Value,
                ["kind"] = stamp.Kind.ToString(),
                ["at"] = stamp.At.UtcDateTime,
            });
        }
    }

    internal static RecordStamp To(BsonDocument d) =>
        new(StudentCode.Parse(d["student"].AsString), Enum.Parse<RecordKind>(d["kind"].AsString), LinkDocuments.Utc(d["at"]));
}
