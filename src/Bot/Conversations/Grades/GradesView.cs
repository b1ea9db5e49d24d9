using System.Text;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Conversations.Grades;

/// <summary>How /diem shows a child's marks: each subject's columns and its average as it stands, in the chat's language.</summary>
public static class GradesView
{
    public static string Term(Catalogue texts, Student child, Term term, SchoolYear year, IReadOnlyList<Assessment> marks)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(child);
        var words = texts.Grades;
        var text = new StringBuilder($"{words.TermHeading(term, year)}\n{texts.Chat.Describe(child)}\n\n");
        var ofTerm = marks.Where(m => m.Term == term).ToList();
        foreach (var subject in SubjectCatalog.Secondary)
            text.Append("• ").Append(subject.Name).Append(": ").AppendLine(Line(texts, subject, child.ClassName.Grade, ofTerm));
        var results = StudentResults.Compute(child, year, term, marks, [], []);
        text.Append('\n').Append(words.Learning(term, results.Learning));
        text.Append('\n').Append(words.DetailHint);
        return text.ToString();
    }

    public static string Subject(Catalogue texts, Student child, Subject subject, SchoolYear year, IReadOnlyList<Assessment> marks)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(subject);
        var words = texts.Grades;
        var text = new StringBuilder($"{words.SubjectHeading(subject, year)}\n{texts.Chat.Describe(child)}\n");
        var grade = child.ClassName.Grade;
        foreach (var term in new[] { Domain.Calendar.Term.I, Domain.Calendar.Term.II })
        {
            var own = marks.Where(m => m.Term == term && m.Subject == subject).OrderBy(m => m.Column.Order).ToList();
            text.Append('\n').Append(texts.Format.Term(term)).AppendLine(":");
            if (own.Count == 0) { text.Append("  ").AppendLine(words.NoMarks); continue; }
            foreach (var mark in own) text.Append("  ").Append(words.Column(mark.Column)).Append(": ").AppendLine(texts.Format.Mark(mark.Mark));
            text.Append("  → ").AppendLine(Outcome(texts, subject, grade, own));
        }
        var year1 = SubjectAverages.ForTerm(subject, grade, marks.Where(m => m.Term == Domain.Calendar.Term.I).ToList());
        var year2 = SubjectAverages.ForTerm(subject, grade, marks.Where(m => m.Term == Domain.Calendar.Term.II).ToList());
        var whole = SubjectAverages.ForYear(year1, year2);
        if (whole.IsKnown)
            text.Append('\n').Append(words.WholeYear(subject.IsScored ? texts.Format.Average(whole.Average!.Value) : words.Passed(whole.Passed)));
        return text.ToString().TrimEnd();
    }

    private static string Line(Catalogue texts, Subject subject, int grade, IReadOnlyList<Assessment> ofTerm)
    {
        var own = ofTerm.Where(m => m.Subject == subject).ToList();
        if (own.Count == 0) return texts.Grades.NoMarks;
        string Cell(Column c) => own.FirstOrDefault(m => m.Column == c) is { } m ? texts.Format.Mark(m.Mark) : "—";
        var regular = own.Where(m => m.Column.Kind == AssessmentKind.Regular).OrderBy(m => m.Column.Order).Select(m => texts.Format.Mark(m.Mark));
        return texts.Grades.Line(string.Join(" · ", regular.DefaultIfEmpty("—")), Cell(Column.MidTerm), Cell(Column.EndOfTerm), Outcome(texts, subject, grade, own));
    }

    private static string Outcome(Catalogue texts, Subject subject, int grade, IReadOnlyList<Assessment> own)
    {
        var words = texts.Grades;
        var result = SubjectAverages.ForTerm(subject, grade, own);
        if (!subject.IsScored) return result.Passed is null ? words.NotEnoughAssessed : words.Passed(result.Passed);
        if (result.Average is { } average) return words.Average(average);
        var scores = own.Where(m => m.Mark.Score is not null).ToList();
        var asItStands = SubjectAverages.AsItStands(
            scores.Where(m => m.Column.Kind == AssessmentKind.Regular).Select(m => m.Mark.Score!.Value).ToList(),
            scores.FirstOrDefault(m => m.Column == Column.MidTerm)?.Mark.Score,
            scores.FirstOrDefault(m => m.Column == Column.EndOfTerm)?.Mark.Score);
        return asItStands is { } a ? words.AverageSoFar(a) : words.NotEnoughMarks;
    }
}
