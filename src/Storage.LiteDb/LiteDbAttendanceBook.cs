using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbAttendanceBook(SchoolDatabase db) : IAttendanceBook
{
    public async Task<IReadOnlyList<Absence>> AbsencesOfAsync(StudentCode student, CancellationToken cancellationToken) =>
        (await AbsencesOfAsync([student], cancellationToken))[student].ToList();

    public Task<ILookup<StudentCode, Absence>> AbsencesOfAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken) =>
        Task.FromResult<ILookup<StudentCode, Absence>>(db.Read(() =>
        db.Collection(Collections.Absences).Find(Where.In("student", students.Select(s => new BsonValue(s.Value)))).Select(AbsenceDocument.To)
            .OrderBy(a => a.Date).ThenBy(a => a.Session).ToLookup(a => a.Student)));
}
