using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbConductBook(SchoolDatabase db) : IConductBook
{
    public IReadOnlyList<ConductRecord> LevelsOf(StudentCode student) => db.Read(() =>
        db.Collection(Collections.Conduct).Find(Where.Is("student", student.Value)).Select(ConductDocument.To)
            .OrderBy(c => c.Term).ToList());

    public IReadOnlyList<Remark> RemarksOf(StudentCode student) => RemarksOf([student])[student].ToList();

    public ILookup<StudentCode, Remark> RemarksOf(IReadOnlyCollection<StudentCode> students) => db.Read(() =>
        db.Collection(Collections.Remarks).Find(Where.In("student", students.Select(s => new BsonValue(s.Value)))).Select(ConductDocument.ToRemark)
            .OrderBy(r => r.Date).ToLookup(r => r.Student));
}
