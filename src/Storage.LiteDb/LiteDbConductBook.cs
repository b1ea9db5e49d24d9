using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbConductBook(SchoolDatabase db) : IConductBook
{
    public Task<IReadOnlyList<ConductRecord>> LevelsOfAsync(StudentCode student, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ConductRecord>>(db.Read(() =>
        db.Collection(Collections.Conduct).Find(Where.Is("student", student.Value)).Select(ConductDocument.To)
            .OrderBy(c => c.Term).ToList()));

    public async Task<IReadOnlyList<Remark>> RemarksOfAsync(StudentCode student, CancellationToken cancellationToken) =>
        (await RemarksOfAsync([student], cancellationToken))[student].ToList();

    public Task<ILookup<StudentCode, Remark>> RemarksOfAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken) =>
        Task.FromResult<ILookup<StudentCode, Remark>>(db.Read(() =>
        db.Collection(Collections.Remarks).Find(Where.In("student", students.Select(s => new BsonValue(s.Value)))).Select(ConductDocument.ToRemark)
            .OrderBy(r => r.Date).ToLookup(r => r.Student)));
}
