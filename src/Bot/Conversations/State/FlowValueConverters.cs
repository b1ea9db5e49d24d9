using System.Text.Json;
using System.Text.Json.Serialization;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Conversations.State;

/// <summary>
/// The school's small types in a saved flow step, each as the text a person would write ("6A", "Toán",
/// "tx1", "sang", "Tốt", "HS0012"): steps keep typed fields, and steps saved when these were plain
/// strings read back the same.
/// </summary>
internal static class FlowValueConverters
{
    public static readonly IReadOnlyList<JsonConverter> All =
    [
        new TextConverter<ClassName>(ClassName.Parse, c => c.Key),
        new TextConverter<Subject>(SubjectCatalog.Get, s => s.Name),
        new TextConverter<Column>(Column.Parse, c => c.ToString()),
        new TextConverter<StudentCode>(StudentCode.Parse, c => c.Value),
        new TextConverter<DaySession>(DaySessions.Parse, s => s.Code()),
        new TextConverter<Level>(t => LevelNames.TryParse(t, out var level) ? level : throw new FormatException($"\"{t}\" is not a level"), l => l.Vietnamese()),
    ];

    private sealed class TextConverter<T>(Func<string, T> parse, Func<T, string> write) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            parse(reader.GetString() ?? throw new JsonException($"a {typeof(T).Name} cannot be null"));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(write(value));
        }
    }
}
