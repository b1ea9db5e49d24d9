using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Conversations.Texts.English;

public sealed class EnglishGradesTexts : IGradesTexts
{
    private static readonly EnglishFormats Format = new();

    public string TermHeading(Term term, SchoolYear year) => $"📘 Scores, {Format.Term(term)}, school year {year.Name}";

    public string SubjectHeading(Subject subject, SchoolYear year)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return $"📘 {subject.Name}, school year {year.Name}";
    }

    public string Line(string regular, string midTerm, string endOfTerm, string outcome) =>
        $"regular {regular} | mid-term {midTerm} | final {endOfTerm} → {outcome}";

    public string NoMarks => "no scores yet";

    public string Learning(Term term, Level? level) => level is { } l
        ? $"Learning result, {Format.Term(term)}: {Format.Level(l)}."
        : "Learning result: not graded yet (some subjects still lack scores).";

    public string DetailHint => "One subject in detail: /grades <subject>, for example /grades toan.";

    public string Column(Column column) => column.Kind switch
    {
        AssessmentKind.Regular => $"Regular {column.Index}",
        AssessmentKind.MidTerm => "Mid-term",
        _ => "Final",
    };

    public string Average(decimal average) => $"average {Format.Average(average)}";

    public string AverageSoFar(decimal average) => $"average so far {Format.Average(average)} (scores missing)";

    public string NotEnoughMarks => "scores missing";

    public string NotEnoughAssessed => "assessments missing";

    public string Passed(bool? passed) => passed == true ? "Pass" : "Not passed";

    public string WholeYear(string outcome) => $"Whole year: {outcome}.";

    public string UnknownSubject(string typed, IEnumerable<Subject> subjects) =>
        $"There is no subject «{typed}». The subjects: {string.Join(", ", subjects.Select(s => s.Name))}.";

    public string NewMark(Student student, Assessment mark, decimal? average)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(mark);
        var ofSubject = average is { } a ? $" Subject average: {Format.Average(a)}." : "";
        return $"📘 New score: {student.FullName} — {mark.Subject.Name} ({Format.Term(mark.Term)}, column {mark.Column}): {Format.Mark(mark.Mark)}.{ofSubject}\nAll scores: /grades";
    }
}
