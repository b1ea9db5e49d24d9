using System.Globalization;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>Every word the printed contact book shows, in Vietnamese.</summary>
internal static class ContactBookLabels
{
    public const string Country = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập – Tự do – Hạnh phúc";
    public const string Title = "SỔ LIÊN LẠC";
    public const string FullName = "Họ và tên";
    public const string StudentCode = "Mã học sinh";
    public const string DateOfBirth = "Ngày sinh";
    public const string Class = "Lớp";
    public const string Homeroom = "Giáo viên chủ nhiệm";
    public const string Parent = "Phụ huynh học sinh";
    public const string SignHere = "(Kí và ghi rõ họ tên)";
    public const string Learning = "Kết quả học tập";
    public const string Training = "Kết quả rèn luyện";
    public const string Excused = "Số buổi nghỉ có phép";
    public const string Unexcused = "Số buổi nghỉ không phép";
    public const string TitleAwarded = "Danh hiệu";
    public const string Promotion = "Xét lên lớp";
    public const string Remarks = "Nhận xét của giáo viên chủ nhiệm:";
    public const string ParentReply = "Ý kiến của phụ huynh học sinh:";
    public const string BlankDate = "Ngày ...... tháng ...... năm 20......";
    public const string Footer = "Sổ liên lạc điện tử SoLienLac";

    public static string Period(Term? term) => term?.Vietnamese() ?? "Cả năm";

    public static string Subtitle(ContactBookHeading heading) => $"{Period(heading.Term)} – Năm học {heading.Year.Name}";

    public static string Level(Level? level) => level?.Vietnamese() ?? SubjectRows.NotYet;

    public static string Awarded(Title? title) => title?.Vietnamese() ?? SubjectRows.NotYet;

    /// <summary>A student who left is not considered for moving up: "—" rather than "Chưa xét".</summary>
    public static string Promoted(Student student, bool? promoted) => promoted switch
    {
        true => "Được lên lớp",
        false => "Không được lên lớp",
        null when !student.IsStudying => SubjectRows.NotYet,
        null => "Chưa xét",
    };

    /// <summary>"Đã chuyển trường từ 03/10/2026", "Đã thôi học từ 01/10/2026"; null while studying.</summary>
    public static string? Left(Student student) =>
        student.LeftOn is { } on ? $"{student.Status.Vietnamese()} từ {VietnameseFormat.Date(on)}" : null;

    public static string Dated(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"Ngày {date.Day:00} tháng {date.Month:00} năm {date.Year}");

    public static string RemarkLine(DateOnly date, string text) => $"Ngày {VietnameseFormat.Date(date)}: {text}";

    public static string Page(Student student, int number, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{Footer} · Lớp {student.ClassName} · {student.Code} · Trang {number}/{count}");
}
