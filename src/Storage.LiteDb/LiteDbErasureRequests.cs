using LiteDB;
using SoLienLac.Domain.Privacy;
using SoLienLac.Storage.LiteDb.Documents;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbErasureRequests(SchoolDatabase db) : IErasureRequests
{
    private ILiteCollection<BsonDocument> Requests => db.Collection(Collections.ErasureRequests);

    public Task SaveAsync(ErasureRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        db.Write(() => Requests.Upsert(new BsonDocument
        {
            ["_id"] = request.Id,
            ["chat"] = request.Chat,
            ["requested_at"] = request.RequestedAt.UtcDateTime,
            ["deadline"] = request.Deadline.UtcDateTime,
            ["status"] = request.Status.ToString(),
            ["done_at"] = request.DoneAt is { } at ? at.UtcDateTime : BsonValue.Null,
            ["done_by"] = request.DoneBy is null ? BsonValue.Null : request.DoneBy,
            ["records"] = request.Records,
            ["kept_reason"] = request.KeptReason is null ? BsonValue.Null : request.KeptReason,
        }));
        return Task.CompletedTask;
    }

    public Task<ErasureRequest?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(db.Read(() => Requests.FindById(id) is { } d ? To(d) : null));

    public Task<IReadOnlyList<ErasureRequest>> AllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ErasureRequest>>(db.Read(() => Requests.FindAll().Select(To).OrderByDescending(r => r.RequestedAt).ToList()));

    internal static ErasureRequest To(BsonDocument d) =>
        new(d["_id"].AsGuid, d["chat"].AsString, LinkDocuments.Utc(d["requested_at"]), LinkDocuments.Utc(d["deadline"]))
        {
            Status = Enum.Parse<ErasureStatus>(d["status"].AsString),
            DoneAt = d["done_at"].IsNull ? null : LinkDocuments.Utc(d["done_at"]),
            DoneBy = d["done_by"].IsString ? d["done_by"].AsString : null,
            Records = d["records"].AsInt32,
            KeptReason = d["kept_reason"].IsString ? d["kept_reason"].AsString : null,
        };
}
