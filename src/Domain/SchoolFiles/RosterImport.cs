using System.Globalization;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.SchoolFiles;

/// <summary>
/// The roster: <c>student_code, full_name, date_of_birth, class, guardian_name, guardian_phone,
/// guardian_relation</c>, one row a guardian, with optional <c>status</c> and <c>left_on</c>.
/// A student in the file gets exactly the guardians the file lists; students not in it are left as they are.
/// A chat linked by a phone the student's guardians no longer have is unlinked with the change: the
/// school took that person's access away (a father the court removed, a phone given up).
/// </summary>
public sealed class RosterImport(IStudentDirectory students, IChatLinks links)
{
    private static readonly string[] Required =
        ["student_code", "full_name", "date_of_birth", "class", "guardian_name", "guardian_phone", "guardian_relation"];

    public Task<ImportOutcome> CheckAsync(ImportTable table, Actor actor, DateTimeOffset now, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var firstSeen = new Dictionary<StudentCode, (Student Student, int Line)>();
        // Each student on record read once for the file: by the check of their school, then by the plan.
        var known = new StudentCache(students);
        return FileCheck.RunAsync(table, Required, progress,
            async (check, row) => await InItsSchoolAsync(check, row, Read(check, row, firstSeen), known, cancellationToken),
            line => $"{line.Student.Code}|{line.Guardian?.FullName}|{line.Guardian?.Phone}",
            "guardian_phone", (lines, changes) => PlanAsync(lines, changes, known, actor, now, cancellationToken));
    }

    private static RosterLine? Read(RowChecker check, ImportRow row, Dictionary<StudentCode, (Student Student, int Line)> firstSeen)
    {
        var code = check.StudentCode(row);
        var name = check.Text(row, "full_name");
        var born = check.Date(row, "date_of_birth");
        var className = check.Class(row);
        var status = check.Parse<StudentStatus>(row, "status", StudentStatuses.TryParse, ImportProblem.InvalidStatus, required: false)
            ?? StudentStatus.Studying;
        var leftOn = check.Date(row, "left_on", required: false);
        if (status == StudentStatus.Studying && leftOn is not null) check.Fail(row, "left_on", ImportProblem.LeftOnNeedsStatus);
        if (status != StudentStatus.Studying && leftOn is null && row["left_on"] is null) check.Fail(row, "left_on", ImportProblem.StatusNeedsLeftOn);
        var guardianName = row["guardian_name"];
        var phone = check.Phone(row, "guardian_phone", required: false);
        if (code is null || name is null || born is null || className is null) return null;
        var datedAsItsStatus = (status == StudentStatus.Studying) == (leftOn is null);
        if (!datedAsItsStatus) return null;

        var student = Student.Enrol(code.Value, name, born.Value, className.Value).WithStatus(status, leftOn);
        if (firstSeen.TryGetValue(student.Code, out var first) && first.Student != student)
        {
            check.Fail(row, FirstDifference(first.Student, student), ImportProblem.Conflicting, first.Line.ToString(CultureInfo.InvariantCulture));
            return null;
        }
        firstSeen.TryAdd(student.Code, (student, row.Line));
        if (guardianName is null && phone is null)
        {
            if (row["guardian_phone"] is null && row["guardian_relation"] is null) return new RosterLine(student, null);
            check.Fail(row, "guardian_name", ImportProblem.Required);
            return null;
        }
        return new RosterLine(student, Guardian.Of(student.Code, guardianName ?? "", phone, row["guardian_relation"]));
    }

    /// <summary>
    /// A student code is the deployment's: a row may not take another school's student. A student of no
    /// school (the store's one school, before schools were named) moves into the school the file is for.
    /// </summary>
    private static async Task<RosterLine?> InItsSchoolAsync(RowChecker check, ImportRow row, RosterLine? line, StudentCache known, CancellationToken cancellationToken)
    {
        if (line is null || line.Student.ClassName.School is null) return line;
        if (await known.FindAsync(line.Student.Code, cancellationToken) is not { ClassName.School: { } theirs } || theirs == line.Student.ClassName.School)
            return line;
        check.Fail(row, "student_code", ImportProblem.StudentOfAnotherSchool, theirs);
        return null;
    }

    private async Task<(int, int, int)> PlanAsync(IReadOnlyCollection<RosterLine> lines, ChangeSet changes, StudentCache known, Actor actor, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var tally = new ChangeTally();
        foreach (var group in lines.GroupBy(l => l.Student.Code))
        {
            var incoming = group.First().Student;
            var before = await known.FindAsync(group.Key, cancellationToken);
            var guardians = group.Where(l => l.Guardian is not null).Select(l => l.Guardian!).ToList();
            var guardiansBefore = before is null ? [] : await students.GuardiansOfAsync(group.Key, cancellationToken);
            var guardiansChanged = !guardians.SequenceEqual(guardiansBefore);
            var studentChanged = before != incoming;
            if (!tally.Note(before is null, studentChanged || guardiansChanged)) continue;

            if (studentChanged)
            {
                changes.Students.Add(incoming);
                changes.Audit.Add(AuditEntry.Record(actor, now, incoming.Code.Value, "Hồ sơ học sinh", Describe(before), Describe(incoming)));
            }
            if (guardiansChanged)
            {
                changes.Guardians[incoming.Code] = guardians;
                changes.Audit.Add(AuditEntry.Record(actor, now, incoming.Code.Value, "Phụ huynh",
                    before is null ? null : Describe(guardiansBefore), Describe(guardians)));
                if (before is not null) await EndLinksOfPhonesGoneAsync(incoming.Code, guardians, changes, actor, now, cancellationToken);
            }
        }
        return tally.Result;
    }

    /// <summary>Links proven by a phone no guardian of the student has any more; links by activation code stay (the school ends those with <c>links revoke</c>).</summary>
    private async Task EndLinksOfPhonesGoneAsync(StudentCode student, IReadOnlyList<Guardian> guardians, ChangeSet changes, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var phones = guardians.Select(g => g.Phone?.National).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var gone = (await links.ParentsOfAsync(student, cancellationToken)).Where(l => l.Proof == LinkProof.Phone && l.Phone is { } phone && !phones.Contains(phone));
        LinkEndings.End(changes, gone, actor, now);
    }

    private static string FirstDifference(Student a, Student b) =>
        a.FullName != b.FullName ? "full_name"
        : a.DateOfBirth != b.DateOfBirth ? "date_of_birth"
        : a.ClassName != b.ClassName ? "class"
        : a.Status != b.Status ? "status"
        : "left_on";

    private static string? Describe(Student? s) => s is null ? null
        : $"{s.FullName}, {VietnameseFormat.Date(s.DateOfBirth)}, lớp {s.ClassName}, {s.Status.Vietnamese()}"
          + (s.LeftOn is { } left ? $" {VietnameseFormat.Date(left)}" : "");

    private static string Describe(IEnumerable<Guardian> guardians) =>
        string.Join("; ", guardians.Select(g => $"{g.Relation} {g.FullName} {g.Phone?.Display}".Trim()));

    private sealed record RosterLine(Student Student, Guardian? Guardian);
}
