using Npgsql;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>The books' statements: marks, absences, conduct and remarks saved over by their keys; audit entries added.</summary>
internal static class BookWrites
{
    /// <summary>A cell entered again takes the new mark and keeps its place (<c>seq</c>) among the student's marks.</summary>
    public static NpgsqlCommand SaveMarks(IReadOnlyCollection<Assessment> marks) =>
        new NpgsqlCommand(
            """
            INSERT INTO marks (student, subject, term, col, score, passed, recorded_at)
            SELECT * FROM unnest(@students, @subjects, @terms, @columns, @scores, @passed, @recorded)
            ON CONFLICT (student, subject, term, col) DO UPDATE SET score = excluded.score, passed = excluded.passed,
                recorded_at = excluded.recorded_at
            """)
            .With("students", marks.Select(m => m.Student.Value).ToArray())
            .With("subjects", marks.Select(m => m.Subject.Name).ToArray())
            .With("terms", marks.Select(m => (short)m.Term).ToArray())
            .With("columns", marks.Select(m => m.Column.ToString()).ToArray())
            .With("scores", marks.Select(m => m.Mark.Score?.Value).ToArray())
            .With("passed", marks.Select(m => m.Mark.Score is null ? m.Mark.Passed ?? throw Unstorable(m) : (bool?)null).ToArray())
            .With("recorded", marks.Select(m => m.RecordedAt?.ToUniversalTime()).ToArray());

    public static NpgsqlCommand SaveAbsences(IReadOnlyCollection<Absence> absences) =>
        new NpgsqlCommand(
            """
            INSERT INTO absences (student, day, session, excused)
            SELECT * FROM unnest(@students, @days, @sessions, @excused)
            ON CONFLICT (student, day, session) DO UPDATE SET excused = excluded.excused
            """)
            .With("students", absences.Select(a => a.Student.Value).ToArray())
            .With("days", absences.Select(a => a.Date).ToArray())
            .With("sessions", absences.Select(a => a.Session.Code()).ToArray())
            .With("excused", absences.Select(a => a.Excused).ToArray());

    public static NpgsqlCommand ClearAbsences(IReadOnlyCollection<Absence> cleared) =>
        new NpgsqlCommand(
            """
            DELETE FROM absences AS a USING unnest(@students, @days, @sessions) AS c (student, day, session)
            WHERE a.student = c.student AND a.day = c.day AND a.session = c.session
            """)
            .With("students", cleared.Select(a => a.Student.Value).ToArray())
            .With("days", cleared.Select(a => a.Date).ToArray())
            .With("sessions", cleared.Select(a => a.Session.Code()).ToArray());

    public static NpgsqlCommand SaveConduct(IReadOnlyCollection<ConductRecord> conduct) =>
        new NpgsqlCommand(
            """
            INSERT INTO conduct (student, term, level)
            SELECT * FROM unnest(@students, @terms, @levels)
            ON CONFLICT (student, term) DO UPDATE SET level = excluded.level
            """)
            .With("students", conduct.Select(c => c.Student.Value).ToArray())
            .With("terms", conduct.Select(c => (short)c.Term).ToArray())
            .With("levels", conduct.Select(c => c.Level.Vietnamese()).ToArray());

    public static NpgsqlCommand SaveRemarks(IReadOnlyCollection<Remark> remarks) =>
        new NpgsqlCommand(
            """
            INSERT INTO remarks (id, student, term, written_on, teacher, body)
            SELECT * FROM unnest(@ids, @students, @terms, @days, @teachers, @bodies)
            ON CONFLICT (id) DO UPDATE SET student = excluded.student, term = excluded.term, written_on = excluded.written_on,
                teacher = excluded.teacher, body = excluded.body
            """)
            .With("ids", remarks.Select(r => r.Id).ToArray())
            .With("students", remarks.Select(r => r.Student.Value).ToArray())
            .With("terms", remarks.Select(r => (short)r.Term).ToArray())
            .With("days", remarks.Select(r => r.Date).ToArray())
            .With("teachers", remarks.Select(r => r.TeacherCode).ToArray())
            .With("bodies", remarks.Select(r => r.Text).ToArray());

    /// <summary>Added, never saved over: an entry whose id is already there fails the whole set, as on LiteDB.</summary>
    public static NpgsqlCommand InsertAudit(IReadOnlyCollection<AuditEntry> entries) =>
        new NpgsqlCommand(
            """
            INSERT INTO audit (id, at, actor, channel, student, what, old_value, new_value, reason)
            SELECT * FROM unnest(@ids, @at, @actors, @channels, @students, @what, @old, @new, @reasons)
            """)
            .With("ids", entries.Select(e => e.Id).ToArray())
            .With("at", entries.Select(e => e.At.ToUniversalTime()).ToArray())
            .With("actors", entries.Select(e => e.Actor).ToArray())
            .With("channels", entries.Select(e => e.Channel).ToArray())
            .With("students", entries.Select(e => e.Student).ToArray())
            .With("what", entries.Select(e => e.What).ToArray())
            .With("old", entries.Select(e => e.OldValue).ToArray())
            .With("new", entries.Select(e => e.NewValue).ToArray())
            .With("reasons", entries.Select(e => e.Reason).ToArray());

    private static ArgumentException Unstorable(Assessment mark) =>
        new($"the mark of {mark.Key} has neither a score nor Đ/CĐ", nameof(mark));
}
