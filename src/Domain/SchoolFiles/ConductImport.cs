using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.SchoolFiles;

/// <summary>The conduct file: <c>student_code, term, level</c> — the training result of a term.</summary>
public sealed class ConductImport(IStudentDirectory students, IConductBook conduct)
{
    private static readonly string[] Required = ["student_code", "term", "level"];

    public ImportOutcome Check(ImportTable table, Actor actor, DateTimeOffset now, IProgress<int>? progress = null)
    {
        var known = new StudentCache(students);
        return FileCheck.Run(table, Required, progress,
            (check, row) =>
            {
                var code = check.StudentCode(row);
                var term = check.Term(row);
                var level = check.Level(row);
                if (code is { } c && known.Find(c) is null) check.Fail(row, "student_code", ImportProblem.UnknownStudent);
                else if (code is not null && term is not null && level is not null)
                    return new ConductRecord(code.Value, term.Value, level.Value);
                return null;
            },
            r => r.Key, "level", (records, changes) => Plan(records, changes, actor, now));
    }

    private (int, int, int) Plan(IReadOnlyCollection<ConductRecord> records, ChangeSet changes, Actor actor, DateTimeOffset now)
    {
        var tally = new ChangeTally();
        foreach (var record in records)
        {
            var before = conduct.LevelsOf(record.Student).FirstOrDefault(r => r.Term == record.Term);
            if (!tally.Differs(before, record)) continue;
            changes.Conduct.Add(record);
            changes.Audit.Add(AuditEntry.Record(actor, now, record.Student.Value, $"Rèn luyện {record.Term.Vietnamese()}",
                before?.Level.Vietnamese(), record.Level.Vietnamese()));
        }
        return tally.Result;
    }
}
