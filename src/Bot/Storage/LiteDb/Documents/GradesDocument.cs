using System.Text;
using LiteDB;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Storage.LiteDb.Documents;

/// <summary>
/// All of one student's marks in one document, so a student's gradebook is a single read. The marks
/// are one binary field (<c>m</c>): a year's hundred-odd marks as sub-documents cost LiteDB a
/// dictionary each to read back (200 µs and 226 KiB a student, the largest part of a weekly
/// summary); as bytes they are one value. Schema 1 files (<c>marks</c>, an array of
/// sub-documents) are still read, and converted when the file is opened (<see cref="Schema"/>).
/// </summary>
internal static class GradesDocument
{
    private const string Packed = "m";
    private const string Legacy = "marks";

    /// <summary>The layout of <see cref="Packed"/>; a later layout takes the next number.</summary>
    private const byte Layout = 1;

    public static BsonDocument From(StudentCode student, IEnumerable<Assessment> marks) => new()
    {
        ["_id"] = student.Value,
        [Packed] = Pack(marks),
    };

    /// <summary>Whether the document still holds its marks as schema 1's sub-documents.</summary>
    public static bool IsLegacy(BsonDocument d) => !d.ContainsKey(Packed) && d.ContainsKey(Legacy);

    /// <param name="term">Only that term's marks, skipped before they are built; null for the year.</param>
    public static List<Assessment> To(BsonDocument? d, Term? term = null)
    {
        if (d is null) return [];
        var student = StudentCode.Parse(d["_id"].AsString);
        return d.TryGetValue(Packed, out var packed) ? Unpack(student, packed.AsBinary, term, d) : FromLegacy(student, d[Legacy].AsArray, term);
    }

    // Per mark: subject name, term, column, the mark as written ("8.5", "Đ"), then when it was
    // recorded in UTC ticks (0 when unknown) — the texts the domain parses, so a mark reads back as
    // exactly what was stored.
    private static byte[] Pack(IEnumerable<Assessment> marks)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            var list = marks as IReadOnlyCollection<Assessment> ?? marks.ToList();
            writer.Write(Layout);
            writer.Write7BitEncodedInt(list.Count);
            foreach (var m in list)
            {
                writer.Write(m.Subject.Name);
                writer.Write((byte)m.Term);
                writer.Write(m.Column.ToString());
                writer.Write(m.Mark.ToString());
                writer.Write(m.RecordedAt is { } at ? at.UtcTicks : 0L);
            }
        }
        return bytes.ToArray();
    }

    private static List<Assessment> Unpack(StudentCode student, byte[] packed, Term? term, BsonDocument d)
    {
        using var reader = new BinaryReader(new MemoryStream(packed, writable: false), Encoding.UTF8);
        if (reader.ReadByte() != Layout) throw Stored.Damaged("marks layout", d);
        var count = reader.Read7BitEncodedInt();
        var result = new List<Assessment>(count);
        for (var i = 0; i < count; i++)
        {
            var (subject, stored, column, mark, ticks) = (reader.ReadString(), (Term)reader.ReadByte(), reader.ReadString(), reader.ReadString(), reader.ReadInt64());
            if (term is { } only && stored != only) continue;
            result.Add(Build(student, subject, stored, column, mark, ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero), d));
        }
        return result;
    }

    private static List<Assessment> FromLegacy(StudentCode student, BsonArray marks, Term? term)
    {
        var result = new List<Assessment>(marks.Count);
        foreach (var value in marks)
        {
            var m = value.AsDocument;
            if (term is { } only && m["t"].AsInt32 != (int)only) continue;
            result.Add(Build(student, m["s"].AsString, (Term)m["t"].AsInt32, m["c"].AsString, m["v"].AsString,
                m["at"].IsNull ? null : LinkDocuments.Utc(m["at"]), m));
        }
        return result;
    }

    private static Assessment Build(StudentCode student, string subject, Term term, string column, string mark, DateTimeOffset? at, BsonDocument where)
    {
        if (!Column.TryParse(column, out var parsed)) throw Stored.Damaged("column", where);
        return new Assessment(student, SubjectCatalog.Get(subject), term, parsed, ParseMark(mark)) { RecordedAt = at };
    }

    private static Mark ParseMark(string text) =>
        Mark.TryParseComment(text, out var comment) ? comment
        : Score.TryParse(text, out var score) is null ? Mark.Of(score)
        : throw new InvalidDataException($"stored mark \"{text}\" is neither a score nor Đ/CĐ");
}
