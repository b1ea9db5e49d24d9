using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbActivationCodes(SchoolDatabase db) : IActivationCodes
{
    public ActivationCode? IssuedFor(CodeHolder holder) => db.Read(() =>
        db.Collection(Collections.ActivationCodes).FindById(holder.Key) is { } d ? LinkDocuments.ToActivationCode(d) : null);

    public void Save(ActivationCode code) =>
        db.Write(() => db.Collection(Collections.ActivationCodes).Upsert(LinkDocuments.From(code)));
}
