using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbActivationCodes(SchoolDatabase db) : IActivationCodes
{
    public Task<ActivationCode?> IssuedForAsync(CodeHolder holder, CancellationToken cancellationToken) =>
        Task.FromResult<ActivationCode?>(db.Read(() =>
        db.Collection(Collections.ActivationCodes).FindById(holder.Key) is { } d ? LinkDocuments.ToActivationCode(d) : null));

    public Task SaveAsync(ActivationCode code, CancellationToken cancellationToken)
    {
        
        db.Write(() => db.Collection(Collections.ActivationCodes).Upsert(LinkDocuments.From(code)));
        return Task.CompletedTask;
    }
}
