using LiteDB;
using SoLienLac.Domain.Schools;
using SoLienLac.Storage.LiteDb.Documents;

namespace SoLienLac.Storage.LiteDb;

/// <summary>A document a school, by its code.</summary>
internal sealed class LiteDbSchools(SchoolDatabase db) : ISchools
{
    private ILiteCollection<BsonDocument> Schools => db.Collection(Collections.Schools);

    public Task<bool> AddAsync(School school, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(school);
        var added = false;
        db.Write(() =>
        {
            if (Schools.FindById(school.Code) is not null) return;
            Schools.Insert(new BsonDocument { ["_id"] = school.Code, ["name"] = school.Name, ["added_at"] = school.AddedAt.UtcDateTime });
            added = true;
        });
        return Task.FromResult(added);
    }

    public Task<IReadOnlyList<School>> AllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<School>>(db.Read(() => Schools.FindAll().Select(To).OrderBy(s => s.Code, StringComparer.Ordinal).ToList()));

    internal static School To(BsonDocument d) => new(d["_id"].AsString, d["name"].AsString, LinkDocuments.Utc(d["added_at"]));
}
