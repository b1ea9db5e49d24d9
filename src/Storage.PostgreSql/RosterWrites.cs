using Npgsql;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>The roster's statements: students saved over, guardians' and assignments' lists replaced whole.</summary>
internal static class RosterWrites
{
    public static NpgsqlCommand SaveStudents(IReadOnlyCollection<Student> students) =>
        new NpgsqlCommand(
            """
            INSERT INTO students (code, full_name, date_of_birth, class, status, left_on)
            SELECT * FROM unnest(@codes, @names, @born, @classes, @statuses, @left)
            ON CONFLICT (code) DO UPDATE SET full_name = excluded.full_name, date_of_birth = excluded.date_of_birth,
                class = excluded.class, status = excluded.status, left_on = excluded.left_on
            """)
            .With("codes", students.Select(s => s.Code.Value).ToArray())
            .With("names", students.Select(s => s.FullName).ToArray())
            .With("born", students.Select(s => s.DateOfBirth).ToArray())
            .With("classes", students.Select(s => s.ClassName.Key).ToArray())
            .With("statuses", students.Select(s => s.Status.Code()).ToArray())
            .With("left", students.Select(s => s.LeftOn).ToArray());

    public static NpgsqlCommand DeleteGuardians(string[] students) =>
        new NpgsqlCommand("DELETE FROM guardians WHERE student = ANY(@students)").With("students", students);

    public static NpgsqlCommand InsertGuardians(IReadOnlyCollection<(Guardian Guardian, int Position)> guardians) =>
        new NpgsqlCommand(
            """
            INSERT INTO guardians (student, position, full_name, phone, relation)
            SELECT * FROM unnest(@students, @positions, @names, @phones, @relations)
            """)
            .With("students", guardians.Select(g => g.Guardian.Student.Value).ToArray())
            .With("positions", guardians.Select(g => g.Position).ToArray())
            .With("names", guardians.Select(g => g.Guardian.FullName).ToArray())
            .With("phones", guardians.Select(g => g.Guardian.Phone?.National).ToArray())
            .With("relations", guardians.Select(g => g.Guardian.Relation).ToArray());

    /// <summary>The teachers saved over, and their assignments deleted: the caller inserts the new ones.</summary>
    public static NpgsqlCommand SaveTeachers(IReadOnlyCollection<Teacher> teachers) =>
        new NpgsqlCommand(
            """
            WITH saved AS (
                INSERT INTO teachers (code, full_name, phone, has_left)
                SELECT * FROM unnest(@codes, @names, @phones, @left)
                ON CONFLICT (code) DO UPDATE SET full_name = excluded.full_name, phone = excluded.phone, has_left = excluded.has_left
                RETURNING code)
            DELETE FROM teacher_assignments WHERE teacher IN (SELECT code FROM saved)
            """)
            .With("codes", teachers.Select(t => t.Code).ToArray())
            .With("names", teachers.Select(t => t.FullName).ToArray())
            .With("phones", teachers.Select(t => t.Phone?.National).ToArray())
            .With("left", teachers.Select(t => t.HasLeft).ToArray());

    public static NpgsqlCommand InsertAssignments(IReadOnlyCollection<(string Teacher, Assignment Assignment, int Position)> assignments) =>
        new NpgsqlCommand(
            """
            INSERT INTO teacher_assignments (teacher, position, role, class, subject, school)
            SELECT * FROM unnest(@teachers, @positions, @roles, @classes, @subjects, @schools)
            """)
            .With("teachers", assignments.Select(a => a.Teacher).ToArray())
            .With("positions", assignments.Select(a => a.Position).ToArray())
            .With("roles", assignments.Select(a => a.Assignment.Role.Code()).ToArray())
            .With("classes", assignments.Select(a => a.Assignment.ClassName?.Key).ToArray())
            .With("subjects", assignments.Select(a => a.Assignment.Subject?.Name).ToArray())
            .With("schools", assignments.Select(a => a.Assignment.School).ToArray());
}
