using System.Globalization;
using System.Text;
using SoLienLac.Bot.SchoolFiles;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.SchoolFiles;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts.English;

public sealed class EnglishTeachingTexts : ITeachingTexts
{
    private static readonly EnglishFormats Values = new();

    public string TeachersOnly => "This command is for teachers. Type /start and press «Share my phone number» to verify.";

    public string NotAssigned => "You are not assigned this work in that class or subject, so you cannot change it.";

    public string AdminOnly => "Only the school's management or academic office may do this.";

    public string TermClosed => "This term's books are closed: only the school's management or academic office may change them, with a reason.";

    public string ReasonRequired =>
        "This term's books are closed. To correct it, send the command again with a reason at the end, after «reason:», for example: … reason: re-marked on appeal.";

    public string NothingToConfirm => "No change is waiting to be confirmed.";

    public string ConfirmButton => "Confirm";

    public string CancelButton => "Cancel";

    public string Issues(IReadOnlyList<EntryIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var text = new StringBuilder();
        foreach (var issue in issues)
            text.Append(CultureInfo.InvariantCulture, $"\n• line {issue.Line} «{issue.Text}»: {Explain(issue)}");
        return text.ToString();
    }

    public string WhichClass => "Which class?";

    public string ClassHeading(ClassName className, Term term, SchoolYear year) => $"🏫 Class {className} — {Values.Term(term)}, school year {year.Name}";

    public string LeftSchool => " (left the school)";

    public string AbsencesCell(int total, int unexcused) => $" — absent {total} (K {unexcused})";

    public string LearningCell(Level? level) => " — learning: " + (level is { } l ? Values.Level(l) : "not graded yet");

    public string HistoryUsage => "Type /history <student code>, for example /history HS0012.";

    public string HistoryHeading(string student) => $"🗂 Change history — {student}";

    public string HistoryEmpty => "No changes recorded yet.";

    public string HistoryOlder(int hidden) => $"({hidden} older {(hidden == 1 ? "change" : "changes")} not shown.)";

    public string HistoryAdded(string value) => $"set {value}";

    public string HistoryRemoved(string value) => $"removed {value}";

    public string HistoryLine(string moment, string who, string channel, string what, string change, string? reason) =>
        $"• {moment}, {who} via {channel}: {what}: {change}{(string.IsNullOrWhiteSpace(reason) ? "" : $" — {reason}")}";

    public string PrintWhichClass => "Print the contact book of which class? (type /print 6A canam for the whole year)";

    public string PrintNoStudents(ClassName className) => $"Class {className} is not on the student list.";

    public string PrintReady(ClassName className, bool wholeYear, int pages) =>
        $"📄 Contact book of class {className} ({(wholeYear ? "whole year" : "term I")}): {pages} pages, ready to print.";

    private static string Explain(EntryIssue issue) => issue.Problem switch
    {
        EntryProblem.Unreadable => "needs «student code score» or «number score»",
        EntryProblem.UnknownStudent => "no such student",
        EntryProblem.OtherClass => $"a student of class {issue.Detail}, not of this class",
        EntryProblem.LeftSchool => $"{issue.Detail} has transferred or left the school",
        EntryProblem.ScoreNotANumber => "not a score",
        EntryProblem.ScoreOutOfRange => "a score is from 0 to 10",
        EntryProblem.ScoreTooManyDecimals => "a score has at most one decimal",
        EntryProblem.CommentInScoredSubject => $"{issue.Detail} is scored 0–10, not Đ/CĐ",
        EntryProblem.ScoreInCommentSubject => $"{issue.Detail} takes only Đ or CĐ",
        EntryProblem.InvalidExcused => "needs P (excused), K (unexcused) or CM (present: removes an absence recorded by mistake)",
        EntryProblem.Duplicate => $"the same student as line {issue.Detail}",
        _ => issue.Problem.ToString(),
    };
}
