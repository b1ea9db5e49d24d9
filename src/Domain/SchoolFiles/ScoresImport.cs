using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.SchoolFiles;

/// <summary>
/// The scores file: <c>student_code, subject, term, kind, score</c>. Regular assessments (<c>tx</c>)
/// repeat and take the columns tx1, tx2, … in the order the rows come for that student, subject
/// and term; <c>tx1</c>..<c>tx4</c> may also be named directly.
/// </summary>
public sealed class ScoresImport(IStudentDirectory students, IGradeBook grades)
{
    private static readonly string[] Required = ["student_code", "subject", "term", "kind", "score"];

    /// <param name="permitted">
    /// For a teacher's own gradebook: whether they may enter this mark (their subject, their class).
    /// A mark they may not enter refuses its row, like any other bad cell.
    /// </param>
    public Task<ImportOutcome> CheckAsync(ImportTable table, Actor actor, DateTimeOffset now, IProgress<int>? progress = null,
        Func<Student, Assessment, bool>? permitted = null, CancellationToken cancellationToken = default)
    {
        var known = new StudentCache(students, table.School);
        var regularSeen = new Dictionary<string, int>();
        return FileCheck.RunAsync(table, Required, progress,
            async (check, row) =>
            {
                var code = check.StudentCode(row);
                var subject = check.Subject(row);
                var term = check.Term(row);
                var kind = check.Text(row, "kind");
                var text = check.Text(row, "score");
                var student = code is { } c ? await known.FindAsync(c, cancellationToken) : null;
                if (code is not null && student is null) check.Fail(row, "student_code", ImportProblem.UnknownStudent);
                var mark = subject is not null && text is not null ? MarkReader.Read(check, row, subject, text) : null;
                var column = kind is not null ? ReadColumn(check, row, kind, $"{code}|{subject}|{term}", regularSeen) : null;
                if (code is null || student is null || subject is null || term is null || mark is null || column is null)
                    return null;
                var assessment = new Assessment(code.Value, subject, term.Value, column.Value, mark.Value);
                if (permitted is not null && !permitted(student, assessment))
                {
                    check.Fail(row, "subject", ImportProblem.NotAssigned, student.ClassName.Value);
                    return null;
                }
                return assessment;
            },
            a => a.Key, "score", (assessments, changes) => PlanAsync(assessments, changes, actor, now, cancellationToken));
    }

    /// <summary>What the audit trail and previews call a cell: "Toán Học kì I tx2".</summary>
    public static string Describe(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return $"{assessment.Subject.Name} {assessment.Term.Vietnamese()} {assessment.Column}";
    }

    private async Task<(int, int, int)> PlanAsync(IReadOnlyCollection<Assessment> incoming, ChangeSet changes, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tally = new ChangeTally();
        foreach (var group in incoming.GroupBy(a => a.Student))
        {
            var existing = (await grades.MarksOfAsync(group.Key, cancellationToken)).ToDictionary(m => m.Key);
            foreach (var assessment in group)
            {
                existing.TryGetValue(assessment.Key, out var before);
                if (!tally.Differs(before?.Mark, assessment.Mark)) continue;
                changes.Assessments.Add(assessment with { RecordedAt = now });
                changes.Audit.Add(AuditEntry.Record(actor, now, assessment.Student.Value, Describe(assessment),
                    before?.Mark.ToString(), assessment.Mark.ToString()));
            }
        }
        return tally.Result;
    }

    private static Column? ReadColumn(RowChecker check, ImportRow row, string kind, string cell, Dictionary<string, int> regularSeen)
    {
        if (kind.Equals("tx", StringComparison.OrdinalIgnoreCase))
        {
            var index = regularSeen.GetValueOrDefault(cell) + 1;
            regularSeen[cell] = index;
            if (index <= Column.MaxRegular) return Column.Regular(index);
            check.Fail(row, "kind", ImportProblem.TooManyRegular);
            return null;
        }
        if (Column.TryParse(kind, out var column)) return column;
        check.Fail(row, "kind", ImportProblem.InvalidKind);
        return null;
    }
}
