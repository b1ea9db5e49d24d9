using Microsoft.Extensions.Options;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>
/// Gathers what the paper contact book prints, from the school's records, for the current school
/// year: a class's book for <c>report</c>, or one student's page for the chat.
/// </summary>
public sealed class ContactBookSource(
    IStudentDirectory students,
    IGradeBook grades,
    IConductBook conduct,
    IAttendanceBook attendance,
    ITeacherDirectory teachers,
    SchoolCalendar calendar,
    SchoolProfiles profiles)
{
    /// <summary>Every student ever in the class, those who left included, in student-code order.</summary>
    public async Task<ContactBook> ForClassAsync(ClassName className, Term? term, CancellationToken cancellationToken) =>
        await ForClassAsync(className, term, await students.InClassAsync(className, cancellationToken), cancellationToken);

    public Task<ContactBook> ForStudentAsync(Student student, Term? term, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(student);
        return ForClassAsync(student.ClassName, term, [student], cancellationToken);
    }

    /// <summary>The book of these students of the class (a class list already read: the whole school's printing reads them first, to count pages).</summary>
    public async Task<ContactBook> ForClassAsync(ClassName className, Term? term, IReadOnlyList<Student> who, CancellationToken cancellationToken)
    {
        var school = await profiles.OfAsync(className.School, cancellationToken);
        var year = calendar.YearOf(school);
        var homeroom = (await teachers.AllAsync(cancellationToken)).FirstOrDefault(t =>
            t.Assignments.Any(a => a.Role == TeacherRole.Homeroom && a.ClassName == className));
        var heading = new ContactBookHeading(school.Name, year, className, term, homeroom?.FullName, calendar.Today) { Authority = school.Authority };
        var pages = new List<ContactBookPage>(who.Count);
        foreach (var student in who) pages.Add(await PageOfAsync(student, year, term, cancellationToken));
        return new ContactBook(heading, pages);
    }

    private async Task<ContactBookPage> PageOfAsync(Student student, SchoolYear year, Term? term, CancellationToken cancellationToken)
    {
        // The year's book closes on the year's last remark; a term's on that term's.
        var remarks = (await conduct.RemarksOfAsync(student.Code, cancellationToken))
            .Where(r => year.Contains(r.Date) && (term is null || r.Term == term))
            .OrderBy(r => r.Date)
            .ToList();
        // The student's records are read once; the term and year results are all computed from them.
        var (marks, levels, absences) = (await grades.MarksOfAsync(student.Code, cancellationToken), await conduct.LevelsOfAsync(student.Code, cancellationToken), await attendance.AbsencesOfAsync(student.Code, cancellationToken));
        StudentResults Of(Term? of) => StudentResults.Compute(student, year, of, marks, levels, absences);
        if (term is { } t)
        {
            var ofTerm = Of(t);
            return new ContactBookPage(ofTerm, SubjectRows.ForTerm(ofTerm, marks.Where(m => m.Term == t).ToList()), remarks);
        }
        var ofYear = Of(null);
        return new ContactBookPage(ofYear, SubjectRows.ForYear(Of(Term.I), Of(Term.II), ofYear), remarks);
    }
}
