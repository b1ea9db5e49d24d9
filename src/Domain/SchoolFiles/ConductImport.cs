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

    public Task<ImportOutcome> CheckAsync(ImportTable table, Actor actor, DateTimeOffset now, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var known = new StudentCache(students, table.School);
        return FileCheck.RunAsync(table, Required, progress,
            async (check, row) =>
            {
                var code = check.StudentCode(row);
                var term = check.Term(row);
                var level = check.Level(row);
                if (code is { } c && await known.FindAsync(c, cancellationToken) is null) check.Fail(row, "student_code", ImportProblem.UnknownStudent);
                else if (code is not null && term is not null && level is not null)
                    return new ConductRecord(code.Value, term.Value, level.Value);
                return (ConductRecord?)null;
            },
            r => r.Key, "level", (records, changes) => PlanAsync(records, changes, actor, now, cancellationToken));
    }

    private async Task<(int, int, int)> PlanAsync(IReadOnlyCollection<ConductRecord> records, ChangeSet changes, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tally = new ChangeTally();
        foreach (var record in records)
        {
            var before = (await conduct.LevelsOfAsync(record.Student, cancellationToken)).FirstOrDefault(r => r.Term == record.Term);
            if (!tally.Differs(before, record)) continue;
            changes.Conduct.Add(record);
            changes.Audit.Add(AuditEntry.Record(actor, now, record.Student.Value, $"Rèn luyện {record.Term.Vietnamese()}",
                before?.Level.Vietnamese(), record.Level.Vietnamese()));
        }
        return tally.Result;
    }
}
