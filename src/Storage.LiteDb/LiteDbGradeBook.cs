using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbGradeBook(SchoolDatabase db) : IGradeBook
{
    public IReadOnlyList<Assessment> MarksOf(StudentCode student) => db.Read(() =>
        GradesDocument.To(db.Collection(Collections.Grades).FindById(student.Value)));

    public IReadOnlyList<Assessment> MarksOf(StudentCode student, Term term) => db.Read(() =>
        GradesDocument.To(db.Collection(Collections.Grades).FindById(student.Value), term));

    public ILookup<StudentCode, Assessment> MarksOf(IReadOnlyCollection<StudentCode> students) => db.Read(() =>
        db.Collection(Collections.Grades).Find(Where.In("_id", students.Select(s => new BsonValue(s.Value))))
            .SelectMany(d => GradesDocument.To(d)).ToLookup(m => m.Student));
}
