using System.Globalization;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.SchoolFiles;

/// <summary>
/// The teachers file: <c>teacher_code, full_name, phone, role, class, subject</c>, one row an
/// assignment, with an optional <c>status</c> (<c>working|left</c>). A teacher in the file gets
/// exactly the assignments the file lists. A teacher marked <c>left</c> keeps no role, and their chat
/// links end at once; so do they when their phone changes (a phone proves who a chat is, and a
/// teacher code given to someone new must not hand the old chat the new person's role).
/// </summary>
public sealed class TeachersImport(ITeacherDirectory teachers, IStudentDirectory students, IChatLinks links)
{
    private static readonly string[] Required = ["teacher_code", "full_name", "phone", "role", "class", "subject"];

    public async Task<ImportOutcome> CheckAsync(ImportTable table, Actor actor, DateTimeOffset now, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var roster = (await students.ClassesAsync(cancellationToken)).ToHashSet();
        var people = new Dictionary<string, (TeacherRow Row, int Line)>();
        var phones = new Dictionary<PhoneNumber, string>();
        var homerooms = new Dictionary<ClassName, (string Teacher, int Line)>();
        return await FileCheck.RunAsync(table, Required, progress,
            async (check, row) =>
            {
                var line = Read(check, row, roster);
                if (line is null) return null;
                if (people.TryGetValue(line.Code, out var first) && Difference(first.Row, line) is { } column)
                    return Refuse(check, row, column, ImportProblem.Conflicting, first.Line);
                people.TryAdd(line.Code, (line, row.Line));
                if (line is { Left: false, Phone: { } phone }
                    && (!phones.TryAdd(phone, line.Code) && phones[phone] != line.Code
                        || await teachers.FindByPhoneAsync(phone, cancellationToken) is { } owner && owner.Code != line.Code))
                    return Refuse(check, row, "phone", ImportProblem.PhoneOfAnotherTeacher, null, phones.GetValueOrDefault(phone));
                if (line.Assignment is { Role: TeacherRole.Homeroom, ClassName: { } c })
                {
                    if (homerooms.TryGetValue(c, out var other) && other.Teacher != line.Code)
                        return Refuse(check, row, "class", ImportProblem.SecondHomeroom, other.Line);
                    homerooms.TryAdd(c, (line.Code, row.Line));
                }
                return line;
            },
            line => $"{line.Code}|{line.Assignment}", "role", (lines, changes) => PlanAsync(lines, changes, actor, now, cancellationToken));
    }

    /// <summary>The first column in which two rows of one teacher disagree, or null.</summary>
    private static string? Difference(TeacherRow first, TeacherRow other) =>
        first.FullName != other.FullName ? "full_name"
        : first.Phone != other.Phone ? "phone"
        : first.Left != other.Left ? "status"
        : null;

    private static TeacherRow? Read(RowChecker check, ImportRow row, HashSet<ClassName> roster)
    {
        var code = check.Text(row, "teacher_code");
        var name = check.Text(row, "full_name");
        var left = check.Parse<bool>(row, "status", TeacherStatus.TryParseLeft, ImportProblem.InvalidTeacherStatus, required: false) ?? false;
        // One who left needs no phone and no role: the row only says they are gone.
        var phone = check.Phone(row, "phone", required: !left);
        var role = left && row["role"] is null ? null : check.Parse<TeacherRole>(row, "role", TeacherRoles.TryParse, ImportProblem.InvalidRole);
        var className = check.Class(row, required: !left && role is TeacherRole.Homeroom or TeacherRole.Subject);
        var subject = check.Subject(row, required: !left && role is TeacherRole.Subject);
        if (role == TeacherRole.Admin && (row["class"] ?? row["subject"]) is not null)
            check.Fail(row, row["class"] is not null ? "class" : "subject", ImportProblem.AdminTakesNoClass);
        if (!left && className is { } cn && roster.Count > 0 && !roster.Contains(cn))
            return Refuse(check, row, "class", ImportProblem.ClassNotOnRoster);
        var school = className?.School ?? check.School(row);
        if (code is null || name is null) return null;
        if (left) return new TeacherRow(code.ToUpperInvariant(), name, phone, null, Left: true, school);
        if (phone is null || role is null) return null;
        Assignment? assignment = role switch
        {
            TeacherRole.Admin when row["class"] is null && row["subject"] is null => Assignment.Admin(school),
            TeacherRole.Homeroom when className is { } hc => Assignment.Homeroom(hc),
            TeacherRole.Subject when className is { } sc && subject is not null => Assignment.Teaching(subject, sc),
            _ => null,
        };
        return assignment is null ? null : new TeacherRow(code.ToUpperInvariant(), name, phone, assignment, Left: false, school);
    }

    private async Task<(int, int, int)> PlanAsync(IReadOnlyCollection<TeacherRow> lines, ChangeSet changes, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tally = new ChangeTally();
        foreach (var group in lines.GroupBy(l => l.Code))
        {
            var first = group.First();
            var before = await teachers.FindAsync(first.Code, cancellationToken);
            // A teacher of several schools: this file sets their assignments in its schools (and takes
            // over those of no school); those in other schools stay as the other schools' files set them.
            var covered = group.Select(l => l.School).Append(null).ToHashSet();
            var elsewhere = before?.Assignments.Where(a => !covered.Contains(a.School)).ToList() ?? [];
            var assignments = elsewhere.Concat(group.Select(l => l.Assignment).OfType<Assignment>()).ToList();
            var left = first.Left && elsewhere.Count == 0;
            var incoming = Teacher.Create(first.Code, first.FullName, first.Phone, assignments, left);
            if (!tally.Differs(before is not null && before.SameAs(incoming) ? incoming : before, incoming)) continue;
            changes.Teachers.Add(incoming);
            changes.Audit.Add(AuditEntry.Record(actor, now, null, $"Giáo viên {incoming.Code}", Describe(before), Describe(incoming)));
            if (before is not null && (incoming.HasLeft || before.Phone != incoming.Phone))
                LinkEndings.End(changes, await links.ChatsOfTeacherAsync(incoming.Code, cancellationToken), actor, now);
        }
        return tally.Result;
    }

    private static string? Describe(Teacher? t) =>
        t is null ? null
        : t.HasLeft ? $"{t.FullName}, {t.Phone?.Display}: đã nghỉ"
        : $"{t.FullName}, {t.Phone?.Display}: {string.Join(", ", t.Assignments)}";

    private static TeacherRow? Refuse(RowChecker check, ImportRow row, string column, ImportProblem problem, int? otherLine = null, string? detail = null)
    {
        check.Fail(row, column, problem, detail ?? otherLine?.ToString(CultureInfo.InvariantCulture));
        return null;
    }

    private sealed record TeacherRow(string Code, string FullName, PhoneNumber? Phone, Assignment? Assignment, bool Left, string? School);
}
