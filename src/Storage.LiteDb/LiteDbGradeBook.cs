using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbGradeBook(SchoolDatabase db) : IGradeBook
{
    public Task<IReadOnlyList<Assessment>> MarksOfAsync(StudentCode student, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Assessment>>(db.Read(() =>
        GradesDocument.To(db.Collection(Collections.Grades).FindById(student.Value))));

    public Task<IReadOnlyList<Assessment>> MarksOfAsync(StudentCode student, Term term, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Assessment>>(db.Read(() =>
        GradesDocument.To(db.Collection(Collections.Grades).FindById(student.Value), term)));

    public Task<ILookup<StudentCode, Assessment>> MarksOfAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken) =>
        Task.FromResult<ILookup<StudentCode, Assessment>>(db.Read(() =>
        db.Collection(Collections.Grades).Find(Where.In("_id", students.Select(s => new BsonValue(s.Value))))
            .SelectMany(d => GradesDocument.To(d)).ToLookup(m => m.Student)));
}
