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
            Schools.Insert(From(school));
            added = true;
        });
        return Task.FromResult(added);
    }

    public Task<IReadOnlyList<School>> AllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<School>>(db.Read(() => Schools.FindAll().Select(To).OrderBy(s => s.Code, StringComparer.Ordinal).ToList()));

    public Task<bool> UpdateAsync(School school, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(school);
        var updated = false;
        db.Write(() =>
        {
            if (Schools.FindById(school.Code) is not { } before) return;
            Schools.Update(From(school with { AddedAt = To(before).AddedAt }));
            updated = true;
        });
        return Task.FromResult(updated);
    }

    private static BsonDocument From(School school) => new()
    {
        ["_id"] = school.Code,
        ["name"] = school.Name,
        ["added_at"] = school.AddedAt.UtcDateTime,
        ["term_two_starts_on"] = school.TermTwoStartsOn is { } day ? Schema.Date(day) : BsonValue.Null,
        ["closed_terms"] = school.ClosedTermsText is { } closed ? closed : BsonValue.Null,
        ["phone"] = school.Phone is { } phone ? phone : BsonValue.Null,
        ["authority"] = school.Authority is { } authority ? authority : BsonValue.Null,
    };

    internal static School To(BsonDocument d) => new(d["_id"].AsString, d["name"].AsString, LinkDocuments.Utc(d["added_at"]))
    {
        TermTwoStartsOn = d["term_two_starts_on"].IsNull ? null : Schema.Date(d["term_two_starts_on"]),
        ClosedTerms = School.ParseClosedTerms(Text(d["closed_terms"])),
        Phone = Text(d["phone"]),
        Authority = Text(d["authority"]),
    };

    private static string? Text(BsonValue value) => value.IsString ? value.AsString : null;
}
