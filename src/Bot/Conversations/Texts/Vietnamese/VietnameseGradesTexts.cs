using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

public sealed class VietnameseGradesTexts : IGradesTexts
{
    public string TermHeading(Term term, SchoolYear year) => $"📘 Điểm {term.Vietnamese()}, năm học {year.Name}";

    public string SubjectHeading(Subject subject, SchoolYear year)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return $"📘 {subject.Name}, năm học {year.Name}";
    }

    public string Line(string regular, string midTerm, string endOfTerm, string outcome) => $"TX {regular} | GK {midTerm} | CK {endOfTerm} → {outcome}";

    public string NoMarks => "chưa có điểm";

    public string Learning(Term term, Level? level) => level is { } l
        ? $"Kết quả học tập {term.Vietnamese()}: {l.Vietnamese()}."
        : "Kết quả học tập: chưa xếp loại (còn môn chưa đủ điểm).";

    public string DetailHint => "Xem chi tiết một môn: /diem <môn>, ví dụ /diem toán.";

    public string Column(Column column) => column.Kind switch
    {
        AssessmentKind.Regular => $"Thường xuyên {column.Index}",
        AssessmentKind.MidTerm => "Giữa kì",
        _ => "Cuối kì",
    };

    public string Average(decimal average) => $"TB {VietnameseFormat.Average(average)}";

    public string AverageSoFar(decimal average) => $"TB tạm tính {VietnameseFormat.Average(average)} (chưa đủ điểm)";

    public string NotEnoughMarks => "chưa đủ điểm";

    public string NotEnoughAssessed => "chưa đủ đánh giá";

    public string Passed(bool? passed) => passed == true ? "Đạt" : "Chưa đạt";

    public string WholeYear(string outcome) => $"Cả năm: {outcome}.";

    public string UnknownSubject(string typed, IEnumerable<Subject> subjects) =>
        $"Không tìm thấy môn «{typed}». Các môn: {string.Join(", ", subjects.Select(s => s.Name))}.";

    public string NewMark(Student student, Assessment mark, decimal? average)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(mark);
        var ofSubject = average is { } a ? $" Điểm trung bình môn: {VietnameseFormat.Average(a)}." : "";
        return $"📘 Điểm mới: em {student.FullName} — {mark.Subject.Name} ({mark.Term.Vietnamese()}, cột {mark.Column}): {mark.Mark.ToVietnamese()}.{ofSubject}\nXem cả bảng điểm: /diem";
    }
}
