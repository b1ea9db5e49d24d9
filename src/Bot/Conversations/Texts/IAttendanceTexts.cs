using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>/chuyencan's words, and the alert parents get when their child is marked absent (or present after all).</summary>
public interface IAttendanceTexts
{
    string Heading(SchoolYear year);

    string NoAbsences { get; }

    string TermTally(Term term, AbsenceTally tally);

    /// <summary>"Thứ Hai 23/11/2026, buổi sáng — có phép (P)".</summary>
    string Line(Absence absence);

    string YearTotal(int total, int limit);

    string OverLimit(int limit);

    string NearLimit(int total, int limit);

    string Alert(Student student, Absence absence, bool correction, int yearTotal);

    /// <summary>An absence recorded by mistake was removed: the child was in class.</summary>
    string Cleared(Student student, Absence removed, int yearTotal);
}
