using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.SchoolFiles;

/// <summary>The attendance file: <c>student_code, date, session, excused</c> — one row a session missed.</summary>
public sealed class AttendanceImport(IStudentDirectory students, IAttendanceBook attendance)
{
    private static readonly string[] Required = ["student_code", "date", "session", "excused"];

    public Task<ImportOutcome> CheckAsync(ImportTable table, SchoolYear year, Actor actor, DateTimeOffset now, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(year);
        var known = new StudentCache(students, table.School);
        return FileCheck.RunAsync(table, Required, progress,
            async (check, row) =>
            {
                var code = check.StudentCode(row);
                var date = check.Date(row, "date");
                var session = check.Parse<DaySession>(row, "session", DaySessions.TryParse, ImportProblem.InvalidSession);
                var excused = check.Parse<bool>(row, "excused", Absence.TryParseExcused, ImportProblem.InvalidExcused);
                if (code is { } c && await known.FindAsync(c, cancellationToken) is null) check.Fail(row, "student_code", ImportProblem.UnknownStudent);
                else if (date is { } d && !year.Contains(d)) check.Fail(row, "date", ImportProblem.OutsideSchoolYear, year.Name);
                else if (code is not null && date is not null && session is not null && excused is not null)
                    return new Absence(code.Value, date.Value, session.Value, excused.Value);
                return (Absence?)null;
            },
            a => a.Key, "excused", (absences, changes) => PlanAsync(absences, changes, actor, now, cancellationToken));
    }

    private async Task<(int, int, int)> PlanAsync(IReadOnlyCollection<Absence> absences, ChangeSet changes, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tally = new ChangeTally();
        foreach (var group in absences.GroupBy(a => a.Student))
        {
            var existing = (await attendance.AbsencesOfAsync(group.Key, cancellationToken)).ToDictionary(a => a.Key);
            foreach (var absence in group)
            {
                existing.TryGetValue(absence.Key, out var before);
                if (!tally.Differs(before, absence)) continue;
                changes.Absences.Add(absence);
                changes.Audit.Add(AuditEntry.Record(actor, now, absence.Student.Value,
                    $"Vắng {VietnameseFormat.Date(absence.Date)} buổi {absence.Session.Vietnamese()}", before?.Mark, absence.Mark));
            }
        }
        return tally.Result;
    }
}
