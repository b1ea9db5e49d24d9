using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbAttendanceBook(SchoolDatabase db) : IAttendanceBook
{
    public IReadOnlyList<Absence> AbsencesOf(StudentCode student) => AbsencesOf([student])[student].ToList();

    public ILookup<StudentCode, Absence> AbsencesOf(IReadOnlyCollection<StudentCode> students) => db.Read(() =>
        db.Collection(Collections.Absences).Find(Where.In("student", students.Select(s => new BsonValue(s.Value)))).Select(AbsenceDocument.To)
            .OrderBy(a => a.Date).ThenBy(a => a.Session).ToLookup(a => a.Student));
}
