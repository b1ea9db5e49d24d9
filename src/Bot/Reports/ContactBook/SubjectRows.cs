using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Results;

namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>Writes the subject table's rows from the computed results and the marks entered.</summary>
public static class SubjectRows
{
    /// <summary>What a column shows while it cannot be computed yet.</summary>
    public const string NotYet = "—";

    /// <summary>Each subject's marks in TX1–TX4, GK and CK, then ĐTBmhk (or Đạt / Chưa đạt).</summary>
    public static IReadOnlyList<SubjectRow> ForTerm(StudentResults term, IReadOnlyList<Assessment> marks)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(marks);
        return term.Subjects.Select(subject =>
        {
            var cells = Enumerable.Repeat("", Column.MaxRegular + 3).ToArray();
            foreach (var mark in marks.Where(m => m.Subject == subject.Subject && m.Term == term.Term))
                cells[CellOf(mark.Column)] = mark.Mark.ToVietnamese();
            cells[^1] = Result(subject);
            return new SubjectRow(subject.Subject.Name, cells);
        }).ToList();
    }

    /// <summary>Each subject's term I, term II and year result (ĐTBmhk I, ĐTBmhk II, ĐTBmcn).</summary>
    public static IReadOnlyList<SubjectRow> ForYear(StudentResults termOne, StudentResults termTwo, StudentResults year)
    {
        ArgumentNullException.ThrowIfNull(termOne);
        ArgumentNullException.ThrowIfNull(termTwo);
        ArgumentNullException.ThrowIfNull(year);
        return year.Subjects.Select((subject, i) => new SubjectRow(subject.Subject.Name,
            [Result(termOne.Subjects[i]), Result(termTwo.Subjects[i]), Result(subject)])).ToList();
    }

    /// <summary>"8,3" for a scored subject, "Đạt" / "Chưa đạt" for a comment one, "—" while not known.</summary>
    public static string Result(SubjectResult subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.Subject.IsScored) return subject.Average is { } average ? VietnameseFormat.Average(average) : NotYet;
        return subject.Passed is { } passed ? (passed ? "Đạt" : "Chưa đạt") : NotYet;
    }

    private static int CellOf(Column column) => column.Kind switch
    {
        AssessmentKind.Regular => column.Index - 1,
        AssessmentKind.MidTerm => Column.MaxRegular,
        _ => Column.MaxRegular + 1,
    };
}
