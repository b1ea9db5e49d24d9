using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>/diem's words, and the alert of a new score. Subjects keep the names the school gives them.</summary>
public interface IGradesTexts
{
    string TermHeading(Term term, SchoolYear year);

    string SubjectHeading(Subject subject, SchoolYear year);

    /// <summary>A subject's term in one line: the regular marks (already joined), mid-term, end of term, and the outcome.</summary>
    string Line(string regular, string midTerm, string endOfTerm, string outcome);

    string NoMarks { get; }

    /// <summary>The term's learning result, or that it cannot be given yet (a subject still lacks marks).</summary>
    string Learning(Term term, Level? level);

    string DetailHint { get; }

    string Column(Column column);

    string Average(decimal average);

    string AverageSoFar(decimal average);

    string NotEnoughMarks { get; }

    string NotEnoughAssessed { get; }

    string Passed(bool? passed);

    string WholeYear(string outcome);

    string UnknownSubject(string typed, IEnumerable<Subject> subjects);

    /// <param name="average">The subject's term average once it can be computed.</param>
    string NewMark(Student student, Assessment mark, decimal? average);
}
