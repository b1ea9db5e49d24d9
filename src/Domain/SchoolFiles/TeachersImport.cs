using System.Globalization;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.SchoolFiles;

/// <summary>
/// The teachers file: <c>teacher_code, full_name, phone, role, class, subject</c>, one row an
/// assignment. A teacher in the file gets exactly the assignments the file lists.
/// </summary>
public sealed class TeachersImport(ITeacherDirectory teachers, IStudentDirectory students)
{
    private static readonly string[] Required = ["teacher_code", "full_name", "phone", "role", "class", "subject"];

    public ImportOutcome Check(ImportTable table, Actor actor, DateTimeOffset now, IProgress<int>? progress = null)
    {
        var roster = students.Classes().ToHashSet();
        var people = new Dictionary<string, (TeacherRow Row, int Line)>();
        var phones = new Dictionary<PhoneNumber, string>();
        var homerooms = new Dictionary<ClassName, (string Teacher, int Line)>();
        return FileCheck.Run(table, Required, progress,
            (check, row) =>
            {
                var line = Read(check, row, roster);
                if (line is null) return null;
                if (people.TryGetValue(line.Code, out var first) && (first.Row.FullName != line.FullName || first.Row.Phone != line.Phone))
                    return Refuse(check, row, first.Row.FullName != line.FullName ? "full_name" : "phone", ImportProblem.Conflicting, first.Line);
                people.TryAdd(line.Code, (line, row.Line));
                if (!phones.TryAdd(line.Phone, line.Code) && phones[line.Phone] != line.Code
                    || teachers.FindByPhone(line.Phone) is { } owner && owner.Code != line.Code)
                    return Refuse(check, row, "phone", ImportProblem.PhoneOfAnotherTeacher, null, phones.GetValueOrDefault(line.Phone));
                if (line.Assignment.Role == TeacherRole.Homeroom && line.Assignment.ClassName is { } c)
                {
                    if (homerooms.TryGetValue(c, out var other) && other.Teacher != line.Code)
                        return Refuse(check, row, "class", ImportProblem.SecondHomeroom, other.Line);
                    homerooms.TryAdd(c, (line.Code, row.Line));
                }
                return line;
            },
            line => $"{line.Code}|{line.Assignment}", "role", (lines, changes) => Plan(lines, changes, actor, now));
    }

    private static TeacherRow? Read(RowChecker check, ImportRow row, HashSet<ClassName> roster)
    {
        var code = check.Text(row, "teacher_code");
        var name = check.Text(row, "full_name");
        var phone = check.Phone(row, "phone", required: true);
        var role = check.Parse<TeacherRole>(row, "role", TeacherRoles.TryParse, ImportProblem.InvalidRole);
        var className = check.Class(row, required: role is TeacherRole.Homeroom or TeacherRole.Subject);
        var subject = check.Subject(row, required: role is TeacherRole.Subject);
        if (role == TeacherRole.Admin && (row["class"] ?? row["subject"]) is not null)
            check.Fail(row, row["class"] is not null ? "class" : "subject", ImportProblem.AdminTakesNoClass);
        if (className is { } cn && roster.Count > 0 && !roster.Contains(cn))
            return Refuse(check, row, "class", ImportProblem.ClassNotOnRoster);
        if (code is null || name is null || phone is null || role is null) return null;
        Assignment? assignment = role switch
        {
            TeacherRole.Admin when row["class"] is null && row["subject"] is null => Assignment.Admin(),
            TeacherRole.Homeroom when className is { } hc => Assignment.Homeroom(hc),
            TeacherRole.Subject when className is { } sc && subject is not null => Assignment.Teaching(subject, sc),
            _ => null,
        };
        return assignment is null ? null : new TeacherRow(code.ToUpperInvariant(), name, phone.Value, assignment);
    }

    private (int, int, int) Plan(IReadOnlyCollection<TeacherRow> lines, ChangeSet changes, Actor actor, DateTimeOffset now)
    {
        var tally = new ChangeTally();
        foreach (var group in lines.GroupBy(l => l.Code))
        {
            var first = group.First();
            var incoming = Teacher.Create(first.Code, first.FullName, first.Phone, group.Select(l => l.Assignment));
            var before = teachers.Find(first.Code);
            if (!tally.Differs(before is not null && before.SameAs(incoming) ? incoming : before, incoming)) continue;
            changes.Teachers.Add(incoming);
            changes.Audit.Add(AuditEntry.Record(actor, now, null, $"Giáo viên {incoming.Code}", Describe(before), Describe(incoming)));
        }
        return tally.Result;
    }

    private static string? Describe(Teacher? t) =>
        t is null ? null : $"{t.FullName}, {t.Phone?.Display}: {string.Join(", ", t.Assignments)}";

    private static TeacherRow? Refuse(RowChecker check, ImportRow row, string column, ImportProblem problem, int? otherLine = null, string? detail = null)
    {
        check.Fail(row, column, problem, detail ?? otherLine?.ToString(CultureInfo.InvariantCulture));
        return null;
    }

    private sealed record TeacherRow(string Code, string FullName, PhoneNumber Phone, Assignment Assignment);
}
