using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Conversations.Texts.English;

public sealed class EnglishRollCallTexts : IRollCallTexts
{
    private static readonly EnglishFormats Values = new();

    public string AbsencesWhichClass => "Take the roll for which class?";

    public string WhichSession(ClassName className, DateOnly day) => $"Class {className}, {Values.Day(day)}: which session?";

    public string MorningButton => "Morning";

    public string AfternoonButton => "Afternoon";

    public string AskAbsences(ClassName className, DaySession session, DateOnly day) =>
        $"Roll call of class {className}, {Values.Day(day)}, {Values.Session(session)}.\n" +
        "Send one line per absent student, «code P|K» or «number P|K» (P: excused, K: unexcused), for example:\nHS0012 K\n7 P\n" +
        "Marked a student absent by mistake? Send «code CM» (present) to remove that absence.\nThe class list:\n";

    public string AbsencesPreviewHeading(ClassName className, DaySession session, DateOnly day) =>
        $"📝 Preview of the roll call of class {className}, {Values.Day(day)}, {Values.Session(session)}";

    public string Present => "present";

    public string PresentNothingToRemove => "present (no absence recorded, nothing to remove)";

    public string AlreadyRecorded(string mark) => $"{mark} (already recorded)";

    public string NothingNewAbsences => "\n\nNothing new to record. Send the lines «code P|K» again (or «code CM» to remove an absence recorded by mistake), or /cancel.";

    public string AbsencesPreviewEnd => "\n\nNothing is saved yet. Press «Confirm» to record it and tell the parents, or «Cancel».";

    public string AbsencesSaved(int recorded, int cleared, ClassName className, DaySession session, DateOnly day)
    {
        var what = (recorded, cleared) switch
        {
            (_, 0) => $"Recorded {recorded} {Absences(recorded)}",
            (0, _) => $"Removed {cleared} {Absences(cleared)} recorded by mistake",
            _ => $"Recorded {recorded} {Absences(recorded)}, removed {cleared} recorded by mistake",
        };
        return $"✅ {what}, class {className}, {Values.Day(day)}, {Values.Session(session)}. The parents have been told.";
    }

    private static string Absences(int count) => count == 1 ? "absence" : "absences";
}
