using System.Data.Common;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>The school's records read back as the domain's types; the column lists go with the readers.</summary>
internal static class RecordRows
{
    public const string StudentColumns = "code, full_name, date_of_birth, class, status, left_on";

    public static Student Student(DbDataReader r)
    {
        var stored = r.GetString(4);
        if (!StudentStatuses.TryParse(stored, out var status)) throw Rows.Damaged("students", "status", stored);
        return Domain.Students.Student.Restore(StudentCode.Parse(r.GetString(0)), r.GetString(1), r.GetFieldValue<DateOnly>(2),
            ClassName.Parse(r.GetString(3)), status, r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5));
    }

    public const string GuardianColumns = "student, full_name, phone, relation";

    public static Guardian Guardian(DbDataReader r) =>
        Domain.Guardians.Guardian.Of(StudentCode.Parse(r.GetString(0)), r.GetString(1),
            r.IsDBNull(2) ? null : PhoneNumber.Parse(r.GetString(2)), r.GetString(3));

    /// <summary>A score comes as tenths in a smallint: cheaper to send and read than a numeric, and as exact.</summary>
    public const string MarkColumns = "student, subject, term, col, (score * 10)::int2, passed, recorded_at";

    public const string AbsenceColumns = "student, day, session, excused";

    public static Absence Absence(DbDataReader r)
    {
        var stored = r.GetString(2);
        if (!DaySessions.TryParse(stored, out var session)) throw Rows.Damaged("absences", "session", stored);
        return new Absence(StudentCode.Parse(r.GetString(0)), r.GetFieldValue<DateOnly>(1), session, r.GetBoolean(3));
    }

    public const string ConductColumns = "student, term, level";

    public static ConductRecord Conduct(DbDataReader r)
    {
        var stored = r.GetString(2);
        if (!LevelNames.TryParse(stored, out var level)) throw Rows.Damaged("conduct", "level", stored);
        return new ConductRecord(StudentCode.Parse(r.GetString(0)), Term(r.GetInt16(1)), level);
    }

    public const string RemarkColumns = "id, student, term, written_on, teacher, body";

    public static Remark Remark(DbDataReader r) =>
        new(r.GetGuid(0), StudentCode.Parse(r.GetString(1)), Term(r.GetInt16(2)), r.GetFieldValue<DateOnly>(3), r.GetString(4), r.GetString(5));

    public const string AuditColumns = "id, at, actor, channel, student, what, old_value, new_value, reason";

    public static AuditEntry Audit(DbDataReader r) =>
        new(r.GetGuid(0), r.GetFieldValue<DateTimeOffset>(1), r.GetString(2), r.GetString(3), r.NullableString(4), r.GetString(5),
            r.NullableString(6), r.NullableString(7), r.NullableString(8));

    internal static Term Term(short stored) =>
        stored is 1 or 2 ? (Term)stored : throw Rows.Damaged("records", "term", stored.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>
/// Reads mark rows (<see cref="RecordRows.MarkColumns"/>), parsing each student code, subject and
/// column once a read rather than once a row: a class's year is some 5,000 rows of a few dozen students.
/// </summary>
internal sealed class MarkReader
{
    private readonly Dictionary<string, Subject> _subjects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Column> _columns = new(StringComparer.Ordinal);
    private (string Text, StudentCode Code)? _student;

    public Assessment Read(DbDataReader r)
    {
        var mark = !r.IsDBNull(4) ? Domain.Grades.Mark.Of(Score.Of(r.GetInt16(4) / 10m))
            : !r.IsDBNull(5) ? Domain.Grades.Mark.Comment(r.GetBoolean(5))
            : throw Rows.Damaged("marks", "mark", "null");
        var code = r.GetString(0);
        if (_student is not { } student || !string.Equals(student.Text, code, StringComparison.Ordinal))
            _student = student = (code, StudentCode.Parse(code));
        var subject = r.GetString(1);
        if (!_subjects.TryGetValue(subject, out var known)) _subjects[subject] = known = SubjectCatalog.Get(subject);
        var col = r.GetString(3);
        if (!_columns.TryGetValue(col, out var column)) _columns[col] = column = Column.Parse(col);
        return new Assessment(student.Code, known, RecordRows.Term(r.GetInt16(2)), column, mark) { RecordedAt = r.NullableTime(6) };
    }
}
