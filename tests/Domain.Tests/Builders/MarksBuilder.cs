using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Domain.Tests.Builders;

/// <summary>The marks a student has in the gradebook, column by column.</summary>
public sealed class MarksBuilder(StudentCode student)
{
    private readonly List<Assessment> _marks = [];

    public MarksBuilder(string student) : this(StudentCode.Parse(student))
    {
    }

    /// <summary>tx1.. from <paramref name="regular"/>, then gk and ck when given.</summary>
    public MarksBuilder Scores(Subject subject, Term term, decimal[] regular, decimal? midTerm, decimal? endOfTerm)
    {
        ArgumentNullException.ThrowIfNull(regular);
        for (var i = 0; i < regular.Length; i++) Add(subject, term, Column.Regular(i + 1), Mark.Of(Score.Of(regular[i])));
        if (midTerm is { } gk) Add(subject, term, Column.MidTerm, Mark.Of(Score.Of(gk)));
        if (endOfTerm is { } ck) Add(subject, term, Column.EndOfTerm, Mark.Of(Score.Of(ck)));
        return this;
    }

    public MarksBuilder Comments(Subject subject, Term term, bool[] regular, bool? midTerm, bool? endOfTerm)
    {
        ArgumentNullException.ThrowIfNull(regular);
        for (var i = 0; i < regular.Length; i++) Add(subject, term, Column.Regular(i + 1), Mark.Comment(regular[i]));
        if (midTerm is { } gk) Add(subject, term, Column.MidTerm, Mark.Comment(gk));
        if (endOfTerm is { } ck) Add(subject, term, Column.EndOfTerm, Mark.Comment(ck));
        return this;
    }

    /// <summary>
    /// Every subject of the catalogue complete for the term, with as many regular assessments as the
    /// grade needs: each scored column at <paramref name="score"/>, each comment column Đ.
    /// </summary>
    public MarksBuilder CompleteTerm(Term term, int grade, decimal score)
    {
        foreach (var subject in SubjectCatalog.Secondary)
        {
            var regular = subject.RegularAssessments(grade);
            if (subject.IsScored) Scores(subject, term, Enumerable.Repeat(score, regular).ToArray(), score, score);
            else Comments(subject, term, Enumerable.Repeat(true, regular).ToArray(), true, true);
        }
        return this;
    }

    public IReadOnlyList<Assessment> Build() => _marks.ToList();

    private void Add(Subject subject, Term term, Column column, Mark mark) =>
        _marks.Add(Assessment.Create(student, subject, term, column, mark));
}
