using System.Globalization;
using SoLienLac.Bot.Demo;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bench.Province;

/// <summary>
/// A province's students over <see cref="Schools"/> lower secondary schools (grades 6–9), each laid
/// out as the demo lays out one school (classes of at most 35), its classes named with the school's
/// number after the demo's name: "6A001", "9C500" — at most 12 characters, as a class name may be,
/// and what the school-qualified names of issue 17 will look like. Students are numbered across the
/// province (HS0001 … HS100000), so every student, guardian and phone is the demo's for that number:
/// the same options always give the same province. Records do not carry their school yet; the
/// schools themselves are recorded through <c>ISchools</c> by <see cref="ProvinceStore"/>.
/// </summary>
internal sealed class ProvinceLayout
{
    public ProvinceLayout(DemoOptions options, int schools)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(schools, 1);
        var total = options.Students ?? throw new ArgumentException("a province is given its head count", nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(total, schools);
        Options = options;
        Schools = schools;
        TotalStudents = total;
        var digits = Math.Max(3, schools.ToString(CultureInfo.InvariantCulture).Length);
        var classes = new List<DemoClass>();
        var next = 1;
        for (var school = 1; school <= schools; school++)
        {
            var size = (total / schools) + (school <= total % schools ? 1 : 0);
            var layout = new DemoLayout(options with { Students = size });
            var suffix = school.ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            foreach (var demoClass in layout.Classes)
            {
                classes.Add(demoClass with
                {
                    Index = classes.Count,
                    Name = ClassName.Parse(demoClass.Name.Value + suffix),
                    FirstNumber = next + demoClass.FirstNumber - 1,
                });
            }
            next += size;
        }
        Classes = classes;
    }

    public DemoOptions Options { get; }

    public int Schools { get; }

    public int TotalStudents { get; }

    public IReadOnlyList<DemoClass> Classes { get; }

    /// <summary>The code a school is recorded under: "TINH-001" …</summary>
    public static string SchoolCode(int school) => "TINH-" + school.ToString("D3", CultureInfo.InvariantCulture);

    public static string SchoolName(int school) => "Trường THCS số " + school.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The province in change sets of at most <paramref name="studentsPerBatch"/> students, every
    /// record of those students in them, as <c>DemoSchool.BuildInBatches</c> gives one school (no
    /// staff: teachers' codes are a school's own, and the benchmark's parents do not need them).
    /// </summary>
    public IEnumerable<ChangeSet> Batches(int studentsPerBatch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(studentsPerBatch, 1);
        return DemoSchool.Batches(Classes, Options, [], studentsPerBatch);
    }

    /// <summary>Classes of the province; the demo's "today" at the end of teaching, so the store holds a whole year.</summary>
    public static DemoOptions WholeYear(SchoolYear year, int students) =>
        new() { Year = year, Students = students, Today = new DateOnly(year.FirstYear + 1, 5, 31) };
}
