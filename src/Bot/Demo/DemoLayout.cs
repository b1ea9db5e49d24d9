using System.Globalization;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Demo;

/// <summary>
/// The classes of the demo THCS (grades 6–9) and which student numbers each holds. Numbers run in
/// class order: 6A has HS0001…HS0035, 6B the next ones, then 7A, and so on.
/// </summary>
internal sealed class DemoLayout
{
    public const int FirstGrade = 6;
    public const int Grades = 4;

    public DemoLayout(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var perClass = options.StudentsPerClass;
        TotalStudents = options.Students ?? DemoOptions.DefaultClassesPerGrade * Grades * perClass;
        ClassesPerGrade = options.Students is { } total
            ? Math.Max(1, (int)Math.Ceiling(total / (double)(Grades * perClass)))
            : DemoOptions.DefaultClassesPerGrade;
        var count = ClassesPerGrade * Grades;
        var smallest = TotalStudents / count;
        var larger = TotalStudents % count;
        var classes = new List<DemoClass>(count);
        var next = 1;
        for (var i = 0; i < count; i++)
        {
            var grade = FirstGrade + (i / ClassesPerGrade);
            var inGrade = i % ClassesPerGrade;
            var size = smallest + (i < larger ? 1 : 0);
            var name = ClassName.Parse(grade.ToString(CultureInfo.InvariantCulture) + Letters(inGrade));
            classes.Add(new DemoClass(i, inGrade, name, next, size));
            next += size;
        }
        Classes = classes;
    }

    public int TotalStudents { get; }

    public int ClassesPerGrade { get; }

    public IReadOnlyList<DemoClass> Classes { get; }

    /// <summary>A, B, …, Z, then AA, AB, … as spreadsheet columns go, for very big schools.</summary>
    public static string Letters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        return letters;
    }
}
