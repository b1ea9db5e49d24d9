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

    public const string MarkColumns = "student, subject, term, col, score, passed, recorded_at";

    public static Assessment Mark(DbDataReader r)
    {
        var mark = !r.IsDBNull(4) ? Domain.Grades.Mark.Of(Score.Of(r.GetDecimal(4)))
            : !r.IsDBNull(5) ? Domain.Grades.Mark.Comment(r.GetBoolean(5))
            : throw Rows.Damaged("marks", "mark", "null");
        return new Assessment(StudentCode.Parse(r.GetString(0)), SubjectCatalog.Get(r.GetString(1)), Term(r.GetInt16(2)),
            Column.Parse(r.GetString(3)), mark) { RecordedAt = r.NullableTime(6) };
    }

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

    private static Term Term(short stored) =>
        stored is 1 or 2 ? (Term)stored : throw Rows.Damaged("records", "term", stored.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
