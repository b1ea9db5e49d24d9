using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Domain.Results;

/// <summary>
/// What the circular says of one student for a term (Term set) or the whole year (Term null):
/// each subject's result, the learning and training results, absences, and for the year the title
/// and whether the student moves up.
/// </summary>
public sealed record StudentResults(
    Student Student,
    Term? Term,
    IReadOnlyList<SubjectResult> Subjects,
    Level? Learning,
    Level? Conduct,
    AbsenceTally Absences,
    Title? Title,
    bool? Promoted)
{
    public static StudentResults Compute(Student student, SchoolYear year, Term? term,
        IReadOnlyList<Assessment> marks, IReadOnlyList<ConductRecord> conduct, IReadOnlyList<Absence> absences)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(year);
        var grade = student.ClassName.Grade;
        var curriculum = SubjectCatalog.Secondary;
        var absent = AbsenceTally.Count(absences, year, term);

        if (term is { } t)
        {
            var ofTerm = marks.Where(m => m.Term == t).ToList();
            var subjects = curriculum.Select(s => SubjectAverages.ForTerm(s, grade, ofTerm)).ToList();
            return new StudentResults(student, t, subjects, LearningResult.Evaluate(subjects),
                LevelIn(conduct, t), absent, null, null);
        }

        var termOne = marks.Where(m => m.Term == Calendar.Term.I).ToList();
        var termTwo = marks.Where(m => m.Term == Calendar.Term.II).ToList();
        var yearSubjects = curriculum
            .Select(s => SubjectAverages.ForYear(SubjectAverages.ForTerm(s, grade, termOne), SubjectAverages.ForTerm(s, grade, termTwo)))
            .ToList();
        var learning = LearningResult.Evaluate(yearSubjects);
        var training = TrainingResult.Year(LevelIn(conduct, Calendar.Term.I), LevelIn(conduct, Calendar.Term.II));
        var title = Titles.Award(training, learning, yearSubjects.Where(s => s.Subject.IsScored).Select(s => s.Average));
        return new StudentResults(student, null, yearSubjects, learning, training, absent, title,
            Promotion.Decide(training, learning, absent.Total));
    }

    private static Level? LevelIn(IReadOnlyList<ConductRecord> conduct, Term term) =>
        conduct.FirstOrDefault(c => c.Term == term)?.Level;
}
