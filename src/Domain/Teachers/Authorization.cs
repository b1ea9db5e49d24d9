using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Domain.Teachers;

/// <summary>
/// Who may change what, in one place: a subject teacher the scores of their subject in their
/// classes; a homeroom teacher the attendance, conduct, remarks, notices and leave requests of
/// their class; an admin everything. A closed term is changed only by an admin, with a reason.
/// Handlers ask here; they never decide it themselves.
/// </summary>
public static class Authorization
{
    /// <returns>Null when allowed; otherwise why not.</returns>
    public static Refusal? Check(Teacher teacher, TeacherAction action, ClassName? className, Subject? subject = null,
        bool termClosed = false, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        // An admin is the admin of a school: of the class's, or, for what is not a class's, of any.
        var admin = className is { } of ? teacher.IsAdminOf(of.School) : teacher.IsAdmin;
        if (termClosed && action is TeacherAction.EnterScores or TeacherAction.RecordAttendance or TeacherAction.SetConduct)
        {
            if (!admin) return Refusal.TermClosed;
            return string.IsNullOrWhiteSpace(reason) ? Refusal.ReasonRequired : null;
        }
        if (admin) return null;
        return action switch
        {
            TeacherAction.SendSchoolNotice => Refusal.AdminOnly,
            TeacherAction.EnterScores when className is { } c && subject is not null && teacher.Teaches(subject, c) => null,
            TeacherAction.EnterScores => Refusal.NotAssigned,
            TeacherAction.ViewClass when className is { } c && Teaches(teacher, c) => null,
            _ when className is { } c && teacher.IsHomeroomOf(c) => null,
            _ => Refusal.NotAssigned,
        };
    }

    /// <summary>The classes a teacher may open at all: every class of their school for an admin.</summary>
    public static IReadOnlyList<ClassName> ClassesOf(Teacher teacher, IReadOnlyList<ClassName> all)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(all);
        return all.Where(c => teacher.IsAdminOf(c.School) || Teaches(teacher, c)).ToList();
    }

    /// <summary>The subjects a teacher may score in a class: all of them for an admin.</summary>
    public static IReadOnlyList<Subject> SubjectsOf(Teacher teacher, ClassName className)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        return teacher.IsAdminOf(className.School)
            ? SubjectCatalog.Secondary
            : SubjectCatalog.Secondary.Where(s => teacher.Teaches(s, className)).ToList();
    }

    private static bool Teaches(Teacher teacher, ClassName className) =>
        teacher.Assignments.Any(a => a.ClassName == className);

    /// <summary>Whether a term is closed: listed by the school once its books are printed.</summary>
    public static bool IsClosed(Term term, IReadOnlyCollection<Term> closedTerms) =>
        closedTerms?.Contains(term) ?? false;
}
