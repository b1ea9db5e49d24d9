using SoLienLac.Bot.Storage.LiteDb.Documents;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Storage.LiteDb;

internal sealed class LiteDbActivationCodes(SchoolDatabase db) : IActivationCodes
{
    public ActivationCode? IssuedFor(StudentCode student) => db.Read(() =>
        db.Collection(Collections.ActivationCodes).FindById(student.Value) is { } d ? LinkDocuments.ToActivationCode(d) : null);

    public void Save(ActivationCode code) =>
        db.Write(() => db.Collection(Collections.ActivationCodes).Upsert(LinkDocuments.From(code)));
}
