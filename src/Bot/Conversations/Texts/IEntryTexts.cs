using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>/nhapdiem and /renluyen for teachers: the questions, the previews, what was saved.</summary>
public interface IEntryTexts
{
    string ScoresWhichClass { get; }

    /// <param name="typed">A subject typed that is no subject, or null.</param>
    string WhichSubject(ClassName className, string? typed);

    string WhichColumn(Subject subject, ClassName className, Term term);

    /// <summary>How to send the scores, above the class list.</summary>
    string AskScores(Subject subject, ClassName className, Term term, Column column);

    string ScoresPreviewHeading(Subject subject, ClassName className, Term term, Column column);

    string NewScores(int count);

    string CorrectedScores(int count);

    string UnchangedScores(int count);

    string NotAccepted(int count);

    string NothingNewScores { get; }

    string ScoresPreviewEnd { get; }

    string ScoresSaved(int saved, Subject subject, Column column, ClassName className, Term term);

    string ConductUsage { get; }

    string RemarkPreview(Student student, string text);

    string LevelPreview(Term term, Student student, Level? before, Level level);

    string ConductWaiting { get; }

    string LevelSaved(Term term, Student student, Level level);

    string RemarkSaved(Student student);
}
