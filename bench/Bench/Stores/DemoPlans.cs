using SoLienLac.Bot.Demo;
using SoLienLac.Domain.Calendar;

namespace SoLienLac.Bench.Stores;

/// <summary>The demo schools the scenarios run on, for the school year the bot's calendar is in.</summary>
internal static class DemoPlans
{
    /// <summary>Classes of 45 (8 classes, 360 students); `demo --students 360` would make 12 classes of 30.</summary>
    public const int ClassSize = 45;

    /// <summary>Classes of 45 as of the demo's default today (23/11): term I complete, term II still empty.</summary>
    public static DemoOptions TermOne(SchoolYear year) => new() { Year = year, StudentsPerClass = ClassSize };

    /// <summary>Classes of 45 at the end of teaching (31/05): both terms complete, so year results can be computed.</summary>
    public static DemoOptions WholeYear(SchoolYear year) => TermOne(year) with { Today = EndOfTeaching(year) };

    /// <summary>A school of <paramref name="students"/> (classes of 35) with both terms complete.</summary>
    public static DemoOptions Big(SchoolYear year, int students) =>
        new() { Year = year, Students = students, Today = EndOfTeaching(year) };

    private static DateOnly EndOfTeaching(SchoolYear year) => new(year.FirstYear + 1, 5, 31);
}
