using LiteDB;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Storage.LiteDb.Documents;

/// <summary>All of one student's marks in one document, so a student's gradebook is a single read.</summary>
internal static class GradesDocument
{
    public static BsonDocument From(StudentCode student, IEnumerable<Assessment> marks) => new()
    {
        ["_id"] = student.Value,
        ["marks"] = new BsonArray(marks.Select(m => new BsonDocument
        {
            ["s"] = m.Subject.Name,
            ["t"] = (int)m.Term,
            ["c"] = m.Column.ToString(),
            ["v"] = m.Mark.ToString(),
            ["at"] = m.RecordedAt is { } at ? at.UtcDateTime : BsonValue.Null,
        })),
    };

    /// <param name="term">Only that term's marks, skipped before they are built; null for the year.</param>
    public static List<Assessment> To(BsonDocument? d, Term? term = null)
    {
        if (d is null) return [];
        var student = StudentCode.Parse(d["_id"].AsString);
        var marks = d["marks"].AsArray;
        var result = new List<Assessment>(marks.Count);
        foreach (var value in marks)
        {
            var m = value.AsDocument;
            if (term is { } only && m["t"].AsInt32 != (int)only) continue;
            var subject = SubjectCatalog.Get(m["s"].AsString);
            if (!Column.TryParse(m["c"].AsString, out var column)) throw Stored.Damaged("column", m);
            result.Add(new Assessment(student, subject, (Term)m["t"].AsInt32, column, ParseMark(m["v"].AsString))
            {
                RecordedAt = m["at"].IsNull ? null : LinkDocuments.Utc(m["at"]),
            });
        }
        return result;
    }

    private static Mark ParseMark(string text) =>
        Mark.TryParseComment(text, out var comment) ? comment
        : Score.TryParse(text, out var score) is null ? Mark.Of(score)
        : throw new InvalidDataException($"stored mark \"{text}\" is neither a score nor Đ/CĐ");
}
