using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts.English;

public sealed class EnglishAttendanceTexts : IAttendanceTexts
{
    private static readonly EnglishFormats Format = new();

    public string Heading(SchoolYear year) => $"📅 Attendance, school year {year.Name}";

    public string NoAbsences => "Your child has not missed a single session this school year. 👍";

    public string TermTally(Term term, AbsenceTally tally) =>
        $"{Format.Term(term)}: {tally.Total} {Sessions(tally.Total)} (excused {tally.Excused}, unexcused {tally.Unexcused})";

    public string Line(Absence absence)
    {
        ArgumentNullException.ThrowIfNull(absence);
        return $"{Format.Day(absence.Date)}, {Format.Session(absence.Session)} — {Excused(absence.Excused)}";
    }

    public string YearTotal(int total, int limit) => $"Whole year: {total}/{limit} sessions allowed.";

    public string OverLimit(int limit) =>
        $"⚠️ Your child has missed more than {limit} sessions: under the regulations they cannot move up to the next grade. Please contact the homeroom teacher.";

    public string NearLimit(int total, int limit) =>
        $"⚠️ Your child has missed {total} sessions. Missing more than {limit} sessions in a school year means not moving up to the next grade.";

    public string Alert(Student student, Absence absence, bool correction, int yearTotal)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(absence);
        return $"⚠️ {(correction ? "Attendance updated" : "Absence")}: {student.FullName} (class {student.ClassName}) " +
            $"was absent on {Format.Day(absence.Date)}, {Format.Session(absence.Session)}, " +
            $"{Excused(absence.Excused)}. This school year so far: {yearTotal}/45 sessions.\n" +
            "If this is a mistake, please contact the homeroom teacher. To ask leave for your child: /leave.";
    }

    public string Cleared(Student student, Absence removed, int yearTotal)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(removed);
        return $"✅ Attendance updated: {student.FullName} (class {student.ClassName}) was present on {Format.Day(removed.Date)}, " +
            $"{Format.Session(removed.Session)}. The absence ({removed.Mark}) recorded before was a mistake and has been removed. " +
            $"This school year so far: {yearTotal}/45 sessions.";
    }

    private static string Excused(bool excused) => excused ? "excused (P)" : "unexcused (K)";

    private static string Sessions(int count) => count == 1 ? "session" : "sessions";
}
