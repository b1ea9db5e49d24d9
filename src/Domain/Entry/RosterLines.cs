using System.Globalization;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Entry;

/// <summary>
/// Reads the lines a teacher types — "HS0012 8,5", "12 8.5" (the number in the class list), "HS0012: K" —
/// resolving each first word to a student of the class and keeping the rest as the value.
/// </summary>
internal sealed class RosterLines
{
    private static readonly char[] Separators = [' ', '\t', ':', ';', '='];
    private readonly IReadOnlyList<Student> _roster;
    private readonly IReadOnlyDictionary<StudentCode, Student> _elsewhere;

    private RosterLines(IReadOnlyList<Student> roster, IReadOnlyDictionary<StudentCode, Student> elsewhere) =>
        (_roster, _elsewhere) = (roster, elsewhere);

    /// <summary>Reads the class list, and looks up once every typed code that is not on it (to say which class it is in).</summary>
    public static async Task<RosterLines> LoadAsync(IStudentDirectory students, ClassName className, IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(students);
        ArgumentNullException.ThrowIfNull(lines);
        var roster = await students.InClassAsync(className, cancellationToken);
        var own = roster.Select(s => s.Code).ToHashSet();
        var elsewhere = new Dictionary<StudentCode, Student>();
        foreach (var line in lines)
        {
            var key = line.Trim().Split(Separators, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            if (key is null || !StudentCode.TryParse(key, out var code) || own.Contains(code) || elsewhere.ContainsKey(code)) continue;
            if (await students.FindAsync(code, cancellationToken) is { } other) elsewhere[code] = other;
        }
        return new RosterLines(roster, elsewhere);
    }

    public List<EntryIssue> Issues { get; } = [];

    public IEnumerable<(int Line, string Text, Student Student, string Value)> Read(IReadOnlyList<string> lines)
    {
        var seen = new Dictionary<StudentCode, int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0) continue;
            var line = i + 1;
            var parts = text.Split(Separators, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 2) { Issues.Add(new EntryIssue(line, text, EntryProblem.Unreadable)); continue; }
            var student = Find(parts[0], line, text);
            if (student is null) continue;
            if (!student.IsStudying) { Issues.Add(new EntryIssue(line, text, EntryProblem.LeftSchool, student.FullName)); continue; }
            if (_rejected.Remove(student.Code)) seen.Remove(student.Code);
            if (seen.TryGetValue(student.Code, out var first))
            {
                Issues.Add(new EntryIssue(line, text, EntryProblem.Duplicate, first.ToString(CultureInfo.InvariantCulture)));
                continue;
            }
            seen[student.Code] = line;
            yield return (line, text, student, parts[1]);
        }
    }

    /// <summary>A line whose value was refused does not hold its student: a later line may give them a good one.</summary>
    public void Reject(StudentCode student) => _rejected.Add(student);

    private readonly HashSet<StudentCode> _rejected = [];

    /// <summary>The class list as teachers number it (stt): student-code order.</summary>
    public IReadOnlyList<Student> Roster => _roster;

    private Student? Find(string key, int line, string text)
    {
        if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= _roster.Count)
            return _roster[number - 1];
        if (StudentCode.TryParse(key, out var code))
        {
            if (_roster.FirstOrDefault(s => s.Code == code) is { } own) return own;
            if (_elsewhere.TryGetValue(code, out var other))
            {
                Issues.Add(new EntryIssue(line, text, EntryProblem.OtherClass, other.ClassName.Value));
                return null;
            }
        }
        Issues.Add(new EntryIssue(line, text, EntryProblem.UnknownStudent));
        return null;
    }
}
