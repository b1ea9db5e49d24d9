using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Conversations.Texts.English;

public sealed class EnglishEntryTexts : IEntryTexts
{
    private static readonly EnglishFormats Values = new();

    public string ScoresWhichClass => "Enter scores for which class?";

    public string WhichSubject(ClassName className, string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? $"Class {className}: which subject?" : $"There is no subject «{typed}». Class {className}: which subject?";

    public string WhichColumn(Subject subject, ClassName className, Term term)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return $"{subject.Name}, class {className}, {Values.Term(term)}: which column?";
    }

    public string AskScores(Subject subject, ClassName className, Term term, Column column)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return $"{subject.Name} — class {className} — {Values.Term(term)} — column {column}.\n" +
            "Send one line per student, «code score» or «number score», for example:\nHS0012 8.5\n7 9\nThe class list:\n";
    }

    public string ScoresPreviewHeading(Subject subject, ClassName className, Term term, Column column)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return $"📝 Preview: {subject.Name} — class {className} — {Values.Term(term)} — column {column}";
    }

    public string NewScores(int count) => $"New ({count}):";

    public string CorrectedScores(int count) => $"Corrected ({count}):";

    public string UnchangedScores(int count) => $"Unchanged: {count}";

    public string NotAccepted(int count) => $"Not accepted ({count}):";

    public string NothingNewScores => "\n\nThere are no new scores to save. Send the lines again, or /cancel to stop.";

    public string ScoresPreviewEnd => "\n\nNothing is saved yet. Press «Confirm» to save the valid scores, or «Cancel».";

    public string ScoresSaved(int saved, Subject subject, Column column, ClassName className, Term term)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return $"✅ Saved {saved} {(saved == 1 ? "score" : "scores")} of {subject.Name}, column {column}, class {className} ({Values.Term(term)}).";
    }

    public string ConductUsage => "Homeroom teachers: /conduct <code> hk1|hk2 <Tốt|Khá|Đạt|Chưa đạt> to assess conduct,\n" +
        "or /conduct <code> nx <text> to write a remark.";

    public string RemarkPreview(Student student, string text)
    {
        ArgumentNullException.ThrowIfNull(student);
        return $"📝 Remark for {student.FullName} ({student.ClassName}):\n«{text}»\n\nPress «Confirm» to save it, or «Cancel».";
    }

    public string LevelPreview(Term term, Student student, Level? before, Level level)
    {
        ArgumentNullException.ThrowIfNull(student);
        return $"📝 Conduct, {Values.Term(term)}, of {student.FullName} ({student.ClassName}): {(before is { } b ? Values.Level(b) : "not assessed yet")} → {Values.Level(level)}\n\nPress «Confirm» to save it, or «Cancel».";
    }

    public string ConductWaiting => "Waiting for confirmation: press «Confirm» to save, or /cancel.";

    public string LevelSaved(Term term, Student student, Level level)
    {
        ArgumentNullException.ThrowIfNull(student);
        return $"✅ Saved the conduct of {student.FullName}, {Values.Term(term)}: {Values.Level(level)}.";
    }

    public string RemarkSaved(Student student)
    {
        ArgumentNullException.ThrowIfNull(student);
        return $"✅ Saved the remark for {student.FullName}. The parents can read it with /conduct.";
    }
}
