using System.Text;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Conversations.Grades;

/// <summary>How /diem shows a child's marks: each subject's columns and its average as it stands.</summary>
public static class GradesView
{
    public static string Term(Student child, Term term, SchoolYear year, IReadOnlyList<Assessment> marks)
    {
        ArgumentNullException.ThrowIfNull(child);
        var text = new StringBuilder($"📘 Điểm {term.Vietnamese()}, năm học {year.Name}\n{ChatTexts.Describe(child)}\n\n");
        var ofTerm = marks.Where(m => m.Term == term).ToList();
        foreach (var subject in SubjectCatalog.Secondary)
            text.Append("• ").Append(subject.Name).Append(": ").AppendLine(Line(subject, child.ClassName.Grade, ofTerm));
        var results = StudentResults.Compute(child, year, term, marks, [], []);
        text.Append('\n').Append(results.Learning is { } level
            ? $"Kết quả học tập {term.Vietnamese()}: {level.Vietnamese()}."
            : "Kết quả học tập: chưa xếp loại (còn môn chưa đủ điểm).");
        text.Append("\nXem chi tiết một môn: /diem <môn>, ví dụ /diem toán.");
        return text.ToString();
    }

    public static string Subject(Student child, Subject subject, SchoolYear year, IReadOnlyList<Assessment> marks)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(subject);
        var text = new StringBuilder($"📘 {subject.Name}, năm học {year.Name}\n{ChatTexts.Describe(child)}\n");
        var grade = child.ClassName.Grade;
        foreach (var term in new[] { Domain.Calendar.Term.I, Domain.Calendar.Term.II })
        {
            var own = marks.Where(m => m.Term == term && m.Subject == subject).OrderBy(m => m.Column.Order).ToList();
            text.Append('\n').Append(term.Vietnamese()).AppendLine(":");
            if (own.Count == 0) { text.AppendLine("  chưa có điểm"); continue; }
            foreach (var mark in own) text.Append("  ").Append(ColumnName(mark.Column)).Append(": ").AppendLine(mark.Mark.ToVietnamese());
            text.Append("  → ").AppendLine(Outcome(subject, grade, own));
        }
        var year1 = SubjectAverages.ForTerm(subject, grade, marks.Where(m => m.Term == Domain.Calendar.Term.I).ToList());
        var year2 = SubjectAverages.ForTerm(subject, grade, marks.Where(m => m.Term == Domain.Calendar.Term.II).ToList());
        var whole = SubjectAverages.ForYear(year1, year2);
        if (whole.IsKnown) text.Append("\nCả năm: ").Append(subject.IsScored ? VietnameseFormat.Average(whole.Average!.Value) : Passed(whole.Passed)).Append('.');
        return text.ToString().TrimEnd();
    }

    private static string Line(Subject subject, int grade, IReadOnlyList<Assessment> ofTerm)
    {
        var own = ofTerm.Where(m => m.Subject == subject).ToList();
        if (own.Count == 0) return "chưa có điểm";
        string Cell(Column c) => own.FirstOrDefault(m => m.Column == c)?.Mark.ToVietnamese() ?? "—";
        var regular = own.Where(m => m.Column.Kind == AssessmentKind.Regular).OrderBy(m => m.Column.Order).Select(m => m.Mark.ToVietnamese());
        return $"TX {string.Join(" · ", regular.DefaultIfEmpty("—"))} | GK {Cell(Column.MidTerm)} | CK {Cell(Column.EndOfTerm)} → {Outcome(subject, grade, own)}";
    }

    private static string Outcome(Subject subject, int grade, IReadOnlyList<Assessment> own)
    {
        var result = SubjectAverages.ForTerm(subject, grade, own);
        if (!subject.IsScored) return result.Passed is null ? "chưa đủ đánh giá" : Passed(result.Passed);
        if (result.Average is { } average) return $"TB {VietnameseFormat.Average(average)}";
        var scores = own.Where(m => m.Mark.Score is not null).ToList();
        var asItStands = SubjectAverages.AsItStands(
            scores.Where(m => m.Column.Kind == AssessmentKind.Regular).Select(m => m.Mark.Score!.Value).ToList(),
            scores.FirstOrDefault(m => m.Column == Column.MidTerm)?.Mark.Score,
            scores.FirstOrDefault(m => m.Column == Column.EndOfTerm)?.Mark.Score);
        return asItStands is { } a ? $"TB tạm tính {VietnameseFormat.Average(a)} (chưa đủ điểm)" : "chưa đủ điểm";
    }

    private static string Passed(bool? passed) => passed == true ? "Đạt" : "Chưa đạt";

    private static string ColumnName(Column column) => column.Kind switch
    {
        AssessmentKind.Regular => $"Thường xuyên {column.Index}",
        AssessmentKind.MidTerm => "Giữa kì",
        _ => "Cuối kì",
    };
}
