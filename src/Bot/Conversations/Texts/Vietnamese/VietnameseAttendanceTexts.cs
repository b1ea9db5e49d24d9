using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

public sealed class VietnameseAttendanceTexts : IAttendanceTexts
{
    public string Heading(SchoolYear year) => $"📅 Chuyên cần năm học {year.Name}";

    public string NoAbsences => "Con chưa nghỉ buổi nào trong năm học. 👍";

    public string TermTally(Term term, AbsenceTally tally) =>
        $"{term.Vietnamese()}: {tally.Total} buổi (có phép {tally.Excused}, không phép {tally.Unexcused})";

    public string Line(Absence absence)
    {
        ArgumentNullException.ThrowIfNull(absence);
        return $"{VietnameseFormat.Day(absence.Date)}, buổi {absence.Session.Vietnamese()} — {Excused(absence.Excused)}";
    }

    public string YearTotal(int total, int limit) => $"Cả năm: {total}/{limit} buổi được phép nghỉ.";

    public string OverLimit(int limit) =>
        $"⚠️ Con đã nghỉ quá {limit} buổi: theo quy định, con không đủ điều kiện lên lớp. Phụ huynh hãy liên hệ giáo viên chủ nhiệm.";

    public string NearLimit(int total, int limit) =>
        $"⚠️ Con đã nghỉ {total} buổi. Nghỉ quá {limit} buổi trong năm học thì không đủ điều kiện lên lớp.";

    public string Alert(Student student, Absence absence, bool correction, int yearTotal)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(absence);
        return $"⚠️ {(correction ? "Cập nhật điểm danh" : "Thông báo vắng học")}: em {student.FullName} (lớp {student.ClassName}) " +
            $"vắng buổi {absence.Session.Vietnamese()} {VietnameseFormat.Day(absence.Date)}, " +
            $"{Excused(absence.Excused)}. Cả năm đến nay: {yearTotal}/45 buổi.\n" +
            "Nếu có nhầm lẫn, phụ huynh vui lòng liên hệ giáo viên chủ nhiệm. Xin nghỉ cho con: /xinnghi.";
    }

    public string Cleared(Student student, Absence removed, int yearTotal)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(removed);
        return $"✅ Cập nhật điểm danh: em {student.FullName} (lớp {student.ClassName}) có mặt buổi {removed.Session.Vietnamese()} " +
            $"{VietnameseFormat.Day(removed.Date)}. Lượt vắng ({removed.Mark}) ghi trước đó là nhầm và đã được xóa. " +
            $"Cả năm đến nay: {yearTotal}/45 buổi.";
    }

    private static string Excused(bool excused) => excused ? "có phép (P)" : "không phép (K)";
}
