using System.Globalization;
using SoLienLac.Domain.SchoolFiles;

namespace SoLienLac.Bot.SchoolFiles;

/// <summary>
/// Says a refused cell in words: "scores.csv:17: score "11" nằm ngoài thang điểm 0–10". The file,
/// the line and the column come first, in the same form in both languages, so a person or a script
/// finds the cell at once. A refusal of the whole file (line 0) names the file alone. The file's name,
/// the column and the value are shortened (<see cref="EchoedText"/>): they come from whoever made the file.
/// </summary>
public static class ImportMessages
{
    public static string Describe(string file, ImportError error, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(error);
        file = EchoedText.FileName(file);
        // A column may be named by the file's own header.
        var column = EchoedText.Value(error.Column);
        var where = error.Line == 0 ? $"{file}:"
            : column.Length == 0 ? $"{file}:{error.Line}:" : $"{file}:{error.Line}: {column}";
        var value = error.Value is null ? "" : $" \"{EchoedText.Value(error.Value)}\"";
        return $"{where}{value} {(english ? English(error) : Vietnamese(error))}";
    }

    /// <summary>"1000" as each language groups thousands: "1.000", "1,000".</summary>
    private static string Grouped(string? number, bool english)
    {
        if (!int.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return number ?? "";
        var text = n.ToString("#,0", CultureInfo.InvariantCulture);
        return english ? text : text.Replace(',', '.');
    }

    private static string Vietnamese(ImportError e) => e.Problem switch
    {
        ImportProblem.MissingColumn => "— thiếu cột này ở dòng tiêu đề",
        ImportProblem.Required => "— ô này không được để trống",
        ImportProblem.InvalidStudentCode => "không phải mã học sinh hợp lệ (chữ, số, '.', '-', '_')",
        ImportProblem.InvalidDate => "không phải ngày hợp lệ (YYYY-MM-DD)",
        ImportProblem.InvalidClass => "không phải tên lớp hợp lệ (ví dụ 6A)",
        ImportProblem.InvalidPhone => "không phải số điện thoại Việt Nam hợp lệ",
        ImportProblem.PhoneReservedForDemo => "là số dành riêng cho trường mẫu (bắt đầu bằng 01), không phải số của người thật",
        ImportProblem.InvalidStatus => "không hợp lệ: cần studying, transferred hoặc dropped",
        ImportProblem.LeftOnNeedsStatus => "chỉ ghi khi status là transferred hoặc dropped",
        ImportProblem.StatusNeedsLeftOn => "— học sinh đã chuyển trường hoặc thôi học cần ngày rời trường",
        ImportProblem.InvalidRole => "không hợp lệ: cần admin, homeroom hoặc subject",
        ImportProblem.InvalidTeacherStatus => "không hợp lệ: cần working (đang công tác) hoặc left (đã nghỉ)",
        ImportProblem.AdminTakesNoClass => "— vai trò admin không gắn với lớp hay môn",
        ImportProblem.ClassNotOnRoster => "không có trong danh sách học sinh (nhập roster trước)",
        ImportProblem.SecondHomeroom => $"đã có giáo viên chủ nhiệm khác ở dòng {e.Detail}",
        ImportProblem.PhoneOfAnotherTeacher => $"đã là số của giáo viên khác{(e.Detail is null ? "" : $" ({e.Detail})")}",
        ImportProblem.InvalidTerm => "không hợp lệ: học kì là 1 hoặc 2",
        ImportProblem.InvalidKind => "không hợp lệ: cần tx, gk hoặc ck",
        ImportProblem.UnknownSubject => "không phải môn học trong chương trình",
        ImportProblem.ScoreNotANumber => "không phải điểm số",
        ImportProblem.ScoreOutOfRange => "nằm ngoài thang điểm 0–10",
        ImportProblem.ScoreTooManyDecimals => "có quá một chữ số thập phân",
        ImportProblem.CommentInScoredSubject => $"— môn {e.Detail} chấm điểm 0–10, không phải Đ/CĐ",
        ImportProblem.ScoreInCommentSubject => $"— môn {e.Detail} đánh giá bằng nhận xét: chỉ nhận Đ hoặc CĐ",
        ImportProblem.TooManyRegular => "— quá 4 lần đánh giá thường xuyên (tx) trong một học kì",
        ImportProblem.InvalidSession => "không hợp lệ: buổi là sang hoặc chieu",
        ImportProblem.InvalidExcused => "không hợp lệ: cần P (có phép) hoặc K (không phép)",
        ImportProblem.InvalidLevel => "không hợp lệ: cần Tốt, Khá, Đạt hoặc Chưa đạt",
        ImportProblem.UnknownStudent => "không có trong danh sách học sinh",
        ImportProblem.Conflicting => $"khác với dòng {e.Detail} cho cùng một mục",
        ImportProblem.OutsideSchoolYear => $"nằm ngoài năm học {e.Detail}",
        ImportProblem.EmptyFile => "tệp không có dòng dữ liệu nào",
        ImportProblem.NotAssigned => $"— thầy cô không được phân công môn này ở lớp {e.Detail}",
        ImportProblem.TooManyRows => $"— tệp có quá {e.Detail} dòng",
        ImportProblem.Unreadable => "không đọc được tệp: cần bảng tính .xlsx (trang tính đầu tiên) hoặc tệp .csv UTF-8",
        ImportProblem.ExpandsTooMuch => $"tệp .xlsx giải nén ra quá lớn (quá {e.Detail}) hoặc bị nén bất thường — bot không mở tệp này",
        ImportProblem.CellTooLong => $"— ô dài quá {Grouped(e.Detail, english: false)} ký tự",
        ImportProblem.UnknownSchool => "không phải mã trường nào của hệ thống (xem schools list)",
        ImportProblem.OtherSchool => $"— tệp này đang nhập cho trường {e.Detail} (--school)",
        ImportProblem.StudentOfAnotherSchool => $"là học sinh của trường {e.Detail}: mã học sinh là duy nhất trong cả hệ thống",
        _ => e.Problem.ToString(),
    };

    private static string English(ImportError e) => e.Problem switch
    {
        ImportProblem.MissingColumn => "— this column is missing from the header",
        ImportProblem.Required => "— this cell must not be empty",
        ImportProblem.InvalidStudentCode => "is not a valid student code",
        ImportProblem.InvalidDate => "is not a date (YYYY-MM-DD)",
        ImportProblem.InvalidClass => "is not a class name (e.g. 6A)",
        ImportProblem.InvalidPhone => "is not a Vietnamese phone number",
        ImportProblem.PhoneReservedForDemo => "is kept for the demo school (it begins 01), not a real person's number",
        ImportProblem.InvalidStatus => "must be studying, transferred or dropped",
        ImportProblem.LeftOnNeedsStatus => "is only for a transferred or dropped student",
        ImportProblem.StatusNeedsLeftOn => "— a student who left needs the date they left",
        ImportProblem.InvalidRole => "must be admin, homeroom or subject",
        ImportProblem.InvalidTeacherStatus => "is not a status: working or left",
        ImportProblem.AdminTakesNoClass => "— the admin role takes no class or subject",
        ImportProblem.ClassNotOnRoster => "is not on the roster (import the roster first)",
        ImportProblem.SecondHomeroom => $"already has another homeroom teacher on line {e.Detail}",
        ImportProblem.PhoneOfAnotherTeacher => $"is another teacher's phone{(e.Detail is null ? "" : $" ({e.Detail})")}",
        ImportProblem.InvalidTerm => "must be 1 or 2",
        ImportProblem.InvalidKind => "must be tx, gk or ck",
        ImportProblem.UnknownSubject => "is not a subject of the programme",
        ImportProblem.ScoreNotANumber => "is not a score",
        ImportProblem.ScoreOutOfRange => "is out of 0–10",
        ImportProblem.ScoreTooManyDecimals => "has more than one decimal",
        ImportProblem.CommentInScoredSubject => $"— {e.Detail} is scored 0–10, not Đ/CĐ",
        ImportProblem.ScoreInCommentSubject => $"— {e.Detail} is assessed by comment: Đ or CĐ only",
        ImportProblem.TooManyRegular => "— more than 4 regular assessments (tx) in a term",
        ImportProblem.InvalidSession => "must be sang or chieu",
        ImportProblem.InvalidExcused => "must be P (excused) or K (unexcused)",
        ImportProblem.InvalidLevel => "must be Tốt, Khá, Đạt or Chưa đạt",
        ImportProblem.UnknownStudent => "is not on the roster",
        ImportProblem.Conflicting => $"differs from line {e.Detail} for the same record",
        ImportProblem.OutsideSchoolYear => $"is outside the school year {e.Detail}",
        ImportProblem.EmptyFile => "the file has no data rows",
        ImportProblem.NotAssigned => $"— you are not assigned this subject in class {e.Detail}",
        ImportProblem.TooManyRows => $"— the file has more than {e.Detail} rows",
        ImportProblem.Unreadable => "cannot be read: an .xlsx workbook (first sheet) or a UTF-8 .csv file is needed",
        ImportProblem.ExpandsTooMuch => $"the .xlsx unpacks to too much (over {e.Detail}) or is packed abnormally — not opened",
        ImportProblem.CellTooLong => $"— the cell is longer than {Grouped(e.Detail, english: true)} characters",
        ImportProblem.UnknownSchool => "is not a school of the deployment (see schools list)",
        ImportProblem.OtherSchool => $"— this file is imported for school {e.Detail} (--school)",
        ImportProblem.StudentOfAnotherSchool => $"is a student of school {e.Detail}: student codes are unique across the deployment",
        _ => e.Problem.ToString(),
    };
}
