using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.SchoolFiles;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>What teachers are told: who may do what, «Xác nhận», refused lines, the class, the audit trail, the printed book.</summary>
public interface ITeachingTexts
{
    string TeachersOnly { get; }

    string NotAssigned { get; }

    string AdminOnly { get; }

    string TermClosed { get; }

    string ReasonRequired { get; }

    string NothingToConfirm { get; }

    string ConfirmButton { get; }

    string CancelButton { get; }

    /// <summary>Each refused line of an entry: its number, what was sent, and why.</summary>
    string Issues(IReadOnlyList<EntryIssue> issues);

    string WhichClass { get; }

    string ClassHeading(ClassName className, Term term, SchoolYear year);

    string LeftSchool { get; }

    string AbsencesCell(int total, int unexcused);

    string LearningCell(Level? level);

    string HistoryUsage { get; }

    /// <param name="student">The student as <see cref="IChatTexts.Describe"/> shows them.</param>
    string HistoryHeading(string student);

    string HistoryEmpty { get; }

    string HistoryOlder(int hidden);

    string HistoryAdded(string value);

    string HistoryRemoved(string value);

    string HistoryLine(string moment, string who, string channel, string what, string change, string? reason);

    string PrintWhichClass { get; }

    string PrintNoStudents(ClassName className);

    string PrintReady(ClassName className, bool wholeYear, int pages);
}
