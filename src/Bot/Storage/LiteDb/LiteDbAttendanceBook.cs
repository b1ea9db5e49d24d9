using LiteDB;
using SoLienLac.Bot.Storage.LiteDb.Documents;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Storage.LiteDb;

internal sealed class LiteDbAttendanceBook(SchoolDatabase db) : IAttendanceBook
{
    public IReadOnlyList<Absence> AbsencesOf(StudentCode student) => db.Read(() =>
        db.Collection(Collections.Absences).Find(Where.Is("student", student.Value)).Select(AbsenceDocument.To)
            .OrderBy(a => a.Date).ThenBy(a => a.Session).ToList());
}
