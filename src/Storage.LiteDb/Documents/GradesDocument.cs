using System.Text;
using LiteDB;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Storage.LiteDb.Documents;

/// <summary>
/// All of one student's marks in one document, so a student's gradebook is a single read. The marks
/// are one binary field (<c>m</c>): a year's hundred-odd marks as sub-documents cost LiteDB a
/// dictionary each to read back, and the marks' texts a parse each (200 µs and 226 KiB a student,
/// the largest part of a weekly summary); as typed bytes they are one value, read without parsing. Schema 1 files (<c>marks</c>, an array of
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

    // The subjects' names once, then per mark: the subject's place in that list, term, column kind
    // and number, the mark (a score in tenths, or Đ/CĐ), and when it was recorded in UTC ticks (0
    // when unknown). Typed fields, so reading back parses no text.
    private const byte IsScore = 0, IsDat = 1, IsChuaDat = 2;

    private static byte[] Pack(IEnumerable<Assessment> marks)
    {
        var list = marks as IReadOnlyCollection<Assessment> ?? marks.ToList();
        var subjects = list.Select(m => m.Subject.Name).Distinct(StringComparer.Ordinal).ToList();
        using var bytes = new MemoryStream(16 + (subjects.Count * 24) + (list.Count * 14));
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Layout);
            writer.Write(checked((byte)subjects.Count)); // the programme has 14 subjects
            subjects.ForEach(writer.Write);
            writer.Write7BitEncodedInt(list.Count);
            foreach (var m in list)
            {
                writer.Write(checked((byte)subjects.IndexOf(m.Subject.Name)));
                writer.Write(checked((byte)m.Term));
                writer.Write(checked((byte)m.Column.Kind));
                writer.Write(checked((byte)m.Column.Index));
                writer.Write(Tag(m.Mark));
                writer.Write(checked((byte)(m.Mark.Score is { } tenths ? tenths.Value * 10 : 0)));
                writer.Write(m.RecordedAt is { } at ? at.UtcTicks : 0L);
            }
        }
        return bytes.ToArray();
    }

    private static byte Tag(Mark mark) => mark switch
    {
        { IsScore: true } => IsScore,
        { Passed: true } => IsDat,
        { Passed: false } => IsChuaDat,
        _ => throw new ArgumentException("a mark with neither a score nor Đ/CĐ cannot be stored", nameof(mark)),
    };

    private static List<Assessment> Unpack(StudentCode student, byte[] packed, Term? term, BsonDocument d)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(packed, writable: false), Encoding.UTF8);
            if (reader.ReadByte() != Layout) throw Stored.Damaged("marks layout", d);
            var subjects = new Subject[reader.ReadByte()];
            for (var i = 0; i < subjects.Length; i++) subjects[i] = SubjectCatalog.Get(reader.ReadString());
            var count = reader.Read7BitEncodedInt();
            var result = new List<Assessment>(count);
            for (var i = 0; i < count; i++)
            {
                var (subject, stored, kind, index, tag, tenths, ticks) =
                    (subjects[reader.ReadByte()], (Term)reader.ReadByte(), (AssessmentKind)reader.ReadByte(), reader.ReadByte(), reader.ReadByte(), reader.ReadByte(), reader.ReadInt64());
                if (stored is not (Term.I or Term.II)) throw Stored.Damaged("term", d);
                if (term is { } only && stored != only) continue;
                var column = kind switch
                {
                    AssessmentKind.Regular => Column.Regular(index),
                    AssessmentKind.MidTerm => Column.MidTerm,
                    AssessmentKind.EndOfTerm => Column.EndOfTerm,
                    _ => throw Stored.Damaged("column", d),
                };
                var mark = tag switch
                {
                    IsScore => Mark.Of(Score.Of(tenths / 10m)),
                    IsDat => Mark.Dat,
                    IsChuaDat => Mark.ChuaDat,
                    _ => throw Stored.Damaged("mark", d),
                };
                result.Add(new Assessment(student, subject, stored, column, mark) { RecordedAt = ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero) });
            }
            return result;
        }
        catch (Exception e) when (e is EndOfStreamException or IndexOutOfRangeException or ArgumentException)
        {
            throw new InvalidDataException($"stored marks of {student} cannot be read", e);
        }
    }

    private static List<Assessment> FromLegacy(StudentCode student, BsonArray marks, Term? term)
    {
        var result = new List<Assessment>(marks.Count);
        foreach (var value in marks)
        {
            var m = value.AsDocument;
            if (term is { } only && m["t"].AsInt32 != (int)only) continue;
            if (!Column.TryParse(m["c"].AsString, out var column)) throw Stored.Damaged("column", m);
            result.Add(new Assessment(student, SubjectCatalog.Get(m["s"].AsString), (Term)m["t"].AsInt32, column, ParseMark(m["v"].AsString))
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
