using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Results;

namespace SoLienLac.Bot.Reports;

/// <summary>
/// <c>results --format json</c> exactly as CONTRACTS shows it: one object per student in
/// student-code order, averages as numbers with one decimal, unknown levels as null.
/// </summary>
public static class ResultsJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(IEnumerable<StudentResults> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var r in results) WriteStudent(json, r);
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteStudent(Utf8JsonWriter json, StudentResults r)
    {
        json.WriteStartObject();
        json.WriteString("student_code", r.Student.Code.Value);
        json.WriteString("full_name", r.Student.FullName);
        json.WriteString("class", r.Student.ClassName.Value);
        json.WriteString("term", r.Term is { } t ? ((int)t).ToString(CultureInfo.InvariantCulture) : "year");
        json.WriteStartArray("subjects");
        foreach (var s in r.Subjects)
        {
            json.WriteStartObject();
            json.WriteString("subject", s.Subject.Name);
            if (s.Subject.IsScored)
            {
                json.WritePropertyName("average");
                if (s.Average is { } average) json.WriteRawValue(average.ToString("0.0", CultureInfo.InvariantCulture));
                else json.WriteNullValue();
            }
            else
            {
                WriteNullable(json, "result", s.Passed is { } passed ? (passed ? "Đạt" : "Chưa đạt") : null);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteNullable(json, "learning", r.Learning?.Vietnamese());
        WriteNullable(json, "conduct", r.Conduct?.Vietnamese());
        json.WriteStartObject("absences");
        json.WriteNumber("excused", r.Absences.Excused);
        json.WriteNumber("unexcused", r.Absences.Unexcused);
        json.WriteEndObject();
        WriteNullable(json, "title", r.Title?.Vietnamese());
        if (r.Promoted is { } promoted) json.WriteBoolean("promoted", promoted);
        else json.WriteNull("promoted");
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
