using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>
/// One student's page: the results of the term (or year), the subject table's rows already written
/// out, and the homeroom teacher's remarks, oldest first (the page prints the latest that fit).
/// </summary>
public sealed record ContactBookPage(StudentResults Results, IReadOnlyList<SubjectRow> Subjects, IReadOnlyList<Remark> Remarks)
{
    public Student Student => Results.Student;
}
