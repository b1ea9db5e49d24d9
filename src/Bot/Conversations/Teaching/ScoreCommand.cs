using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>
/// Reads <c>/nhapdiem [lớp] [môn…] [tx1..tx4|gk|ck] [hk1|hk2] [mã điểm]… [lý do: …]</c>. The subject may
/// be several words (the column word ends it) or <c>#n</c>, its place in the catalogue, as buttons send it.
/// </summary>
public sealed record ScoreCommand(ClassName? ClassName, Subject? Subject, string? SubjectText, Column? Column, Term? Term,
    IReadOnlyList<string> Lines, string? Reason)
{
    public static ScoreCommand Parse(string arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var (text, reason) = Reasons.Split(arguments);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 0 || !Domain.Students.ClassName.TryParse(words[0], out var className))
            return new ScoreCommand(null, null, null, null, null, [], reason);
        words.RemoveAt(0);
        var columnAt = words.FindIndex(w => Domain.Grades.Column.TryParse(w, out _));
        var subjectWords = columnAt < 0 ? words : words.Take(columnAt).ToList();
        var subjectText = string.Join(' ', subjectWords);
        var subject = SubjectOf(subjectText);
        if (columnAt < 0) return new ScoreCommand(className, subject, subjectText, null, null, [], reason);

        var column = Domain.Grades.Column.Parse(words[columnAt]);
        var rest = words.Skip(columnAt + 1).ToList();
        Term? term = null;
        if (rest.Count > 0 && VietnameseText.Fold(rest[0]) is "hk1" or "hk2")
        {
            term = VietnameseText.Fold(rest[0]) == "hk1" ? Domain.Calendar.Term.I : Domain.Calendar.Term.II;
            rest.RemoveAt(0);
        }
        var lines = rest.Chunk(2).Select(pair => string.Join(' ', pair)).ToList();
        return new ScoreCommand(className, subject, subjectText, column, term, lines, reason);
    }

    private static Subject? SubjectOf(string text) =>
        text.StartsWith('#') && int.TryParse(text[1..], out var index) && index >= 0 && index < SubjectCatalog.Secondary.Count
            ? SubjectCatalog.Secondary[index]
            : SubjectCatalog.Find(text);
}
