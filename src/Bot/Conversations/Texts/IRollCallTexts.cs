using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>/diemdanh: the homeroom teacher's roll call — the questions, the preview, what was saved.</summary>
public interface IRollCallTexts
{
    string AbsencesWhichClass { get; }

    string WhichSession(ClassName className, DateOnly day);

    string MorningButton { get; }

    string AfternoonButton { get; }

    /// <summary>How to send the absences, above the class list.</summary>
    string AskAbsences(ClassName className, DaySession session, DateOnly day);

    string AbsencesPreviewHeading(ClassName className, DaySession session, DateOnly day);

    string Present { get; }

    string PresentNothingToRemove { get; }

    string AlreadyRecorded(string mark);

    string NothingNewAbsences { get; }

    string AbsencesPreviewEnd { get; }

    string AbsencesSaved(int recorded, int cleared, ClassName className, DaySession session, DateOnly day);
}
