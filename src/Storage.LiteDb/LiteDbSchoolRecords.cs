using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Records;

namespace SoLienLac.Storage.LiteDb;

/// <summary>Writes a <see cref="ChangeSet"/> in one transaction under the database's single writer lock.</summary>
internal sealed class LiteDbSchoolRecords(SchoolDatabase db) : ISchoolRecords
{
    public Task SaveAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.IsEmpty && changes.Audit.Count == 0) return Task.CompletedTask;
        db.Write(() =>
        {
            Upsert(Collections.Students, changes.Students.Select(StudentDocument.From));
            foreach (var (student, guardians) in changes.Guardians)
            {
                var collection = db.Collection(Collections.Guardians);
                collection.DeleteMany(Where.Is("student", student.Value));
                collection.Insert(guardians.Select((g, i) => GuardianDocument.From(g, i + 1)));
            }
            Upsert(Collections.Teachers, changes.Teachers.Select(TeacherDocument.From));
            foreach (var group in changes.Assessments.GroupBy(a => a.Student))
                SaveMarks(group);
            Upsert(Collections.Absences, changes.Absences.Select(AbsenceDocument.From));
            foreach (var cleared in changes.ClearedAbsences) db.Collection(Collections.Absences).Delete(cleared.Key);
            Upsert(Collections.Conduct, changes.Conduct.Select(ConductDocument.From));
            Upsert(Collections.Remarks, changes.Remarks.Select(ConductDocument.From));
            Upsert(Collections.ParentLinks, changes.EndedLinks.Select(LinkDocuments.From));
            Upsert(Collections.StaffLinks, changes.EndedStaffLinks.Select(LinkDocuments.From));
            LiteDbRecordStamps.Move(db.Collection(Collections.RecordStamps), RecordStamps.Of(changes));
            // The messages the change causes, in the same transaction: both are saved, or neither.
            foreach (var prefix in changes.StaleMessages) LiteDbOutbox.Cancel(db.Collection(Collections.Outbox), prefix);
            LiteDbOutbox.Add(db.Collection(Collections.Outbox), changes.Messages);
            db.Collection(Collections.Audit).Insert(changes.Audit.Select(AuditDocument.From));
        });
        return Task.CompletedTask;
    }

    private void SaveMarks(IGrouping<Domain.Students.StudentCode, Assessment> changed)
    {
        var grades = db.Collection(Collections.Grades);
        var marks = GradesDocument.To(grades.FindById(changed.Key.Value)).ToDictionary(m => m.Key);
        foreach (var assessment in changed)
            marks[assessment.Key] = assessment;
        grades.Upsert(GradesDocument.From(changed.Key, marks.Values));
    }

    private void Upsert(string collection, IEnumerable<BsonDocument> documents)
    {
        var list = documents.ToList();
        if (list.Count > 0) db.Collection(collection).Upsert(list);
    }
}
