using Npgsql;
using SoLienLac.Domain.Records;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>
/// The statements that write a <see cref="ChangeSet"/>, none for a kind it does not hold. A record
/// listed twice is written once, with its last value (as LiteDB's upserts one after the other
/// leave it): one INSERT … ON CONFLICT DO UPDATE may not touch a row twice.
/// </summary>
internal static class RecordWrites
{
    // Advisory locks of two integers: a class, then the hash of a student's or teacher's code.
    private const int GuardiansLock = 0x5347_5244; // "SGRD"
    private const int AssignmentsLock = 0x5341_5347; // "SASG"

    /// <summary>The read cache's subjects (<see cref="ReadSubject"/>) the statements of <see cref="For"/> write: what this process forgets after the commit.</summary>
    public static IEnumerable<string> Subjects(ChangeSet changes) =>
        changes.Students.Select(s => s.Code).Concat(changes.Guardians.Keys)
            .Concat(changes.Assessments.Select(a => a.Student))
            .Concat(changes.Absences.Concat(changes.ClearedAbsences).Select(a => a.Student))
            .Concat(changes.Conduct.Select(c => c.Student)).Concat(changes.Remarks.Select(r => r.Student))
            .Select(s => ReadSubject.Student(s.Value))
            .Concat(changes.Teachers.Select(t => ReadSubject.Teacher(t.Code)))
            .Concat(changes.EndedLinks.Select(l => l.Chat).Concat(changes.EndedStaffLinks.Select(l => l.Chat)).Select(c => ReadSubject.Chat(c.Key)))
            .Distinct(StringComparer.Ordinal);

    public static IEnumerable<NpgsqlCommand> For(ChangeSet changes)
    {
        // Replacing a list (delete, then insert) in two processes at once would collide on the
        // positions; the second waits for the first instead. Locks are taken first, in code order.
        var replaced = changes.Guardians.Keys.Select(s => s.Value).Order(StringComparer.Ordinal).ToArray();
        if (replaced.Length > 0) yield return Lock(GuardiansLock, replaced);
        var teachers = Latest(changes.Teachers, t => t.Code);
        if (teachers.Count > 0) yield return Lock(AssignmentsLock, [.. teachers.Select(t => t.Code).Order(StringComparer.Ordinal)]);

        var students = Latest(changes.Students, s => s.Code.Value);
        if (students.Count > 0) yield return RosterWrites.SaveStudents(students);
        if (replaced.Length > 0)
        {
            yield return RosterWrites.DeleteGuardians(replaced);
            var guardians = changes.Guardians.Values.SelectMany(list => list.Select((g, i) => (Guardian: g, Position: i + 1))).ToList();
            if (guardians.Count > 0) yield return RosterWrites.InsertGuardians(guardians);
        }
        if (teachers.Count > 0)
        {
            yield return RosterWrites.SaveTeachers(teachers);
            var assignments = teachers.SelectMany(t => t.Assignments.Select((a, i) => (Teacher: t.Code, Assignment: a, Position: i + 1))).ToList();
            if (assignments.Count > 0) yield return RosterWrites.InsertAssignments(assignments);
        }
        var marks = Latest(changes.Assessments, a => a.Key);
        if (marks.Count > 0) yield return BookWrites.SaveMarks(marks);
        var absences = Latest(changes.Absences, a => a.Key);
        if (absences.Count > 0) yield return BookWrites.SaveAbsences(absences);
        if (changes.ClearedAbsences.Count > 0) yield return BookWrites.ClearAbsences(changes.ClearedAbsences);
        var conduct = Latest(changes.Conduct, c => c.Key);
        if (conduct.Count > 0) yield return BookWrites.SaveConduct(conduct);
        var remarks = Latest(changes.Remarks, r => r.Id.ToString("N"));
        if (remarks.Count > 0) yield return BookWrites.SaveRemarks(remarks);
        var ended = Latest(changes.EndedLinks, l => l.Key);
        if (ended.Count > 0) yield return LinkRows.SaveParents(ended);
        var endedStaff = Latest(changes.EndedStaffLinks, l => l.Chat.Key);
        if (endedStaff.Count > 0) yield return LinkRows.SaveStaff(endedStaff);
        var stamps = RecordStamps.Of(changes);
        if (stamps.Count > 0) yield return PostgreSqlRecordStamps.Move(stamps);
        // The messages the change causes, in the same transaction: both are saved, or neither.
        foreach (var prefix in changes.StaleMessages.Distinct(StringComparer.Ordinal))
            yield return new NpgsqlCommand(PostgreSqlOutbox.CancelSql).WithPrefix("prefix", prefix);
        if (changes.Messages.Count > 0) yield return new NpgsqlCommand(PostgreSqlOutbox.EnqueueSql).WithMessages(changes.Messages);
        if (changes.Audit.Count > 0) yield return BookWrites.InsertAudit(changes.Audit);
    }

    /// <summary>One record a key, in the order of its first appearance, with its last value.</summary>
    private static List<T> Latest<T>(IEnumerable<T> records, Func<T, string> key)
    {
        var latest = new OrderedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var record in records) latest[key(record)] = record;
        return [.. latest.Values];
    }

    private static NpgsqlCommand Lock(int lockClass, string[] codes) =>
        new NpgsqlCommand("SELECT count(pg_advisory_xact_lock(@class, hashtext(code))) FROM unnest(@codes) AS code")
            .With("class", lockClass).With("codes", codes);
}
