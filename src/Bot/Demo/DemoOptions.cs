using SoLienLac.Domain.Calendar;

namespace SoLienLac.Bot.Demo;

/// <summary>
/// What the demo school looks like. The same options always give the same school: nothing is read
/// from the clock, and all randomness comes from <see cref="Seed"/>.
/// </summary>
public sealed record DemoOptions
{
    public const int DefaultSeed = 20262027;

    public const int DefaultStudentsPerClass = 35;

    /// <summary>Classes a grade has when <see cref="Students"/> is not given: 6A, 6B, …, 9A, 9B.</summary>
    public const int DefaultClassesPerGrade = 2;

    public int Seed { get; init; } = DefaultSeed;

    public SchoolYear Year { get; init; } = SchoolYear.Starting(2026);

    /// <summary>Class size; with <see cref="Students"/> set it is the most a class gets.</summary>
    public int StudentsPerClass { get; init; } = DefaultStudentsPerClass;

    /// <summary>
    /// The whole school's head count, for big benchmark stores. Null: two classes a grade of
    /// <see cref="StudentsPerClass"/> each. Set: as many classes a grade as that takes (6A … 6Z,
    /// 6AA, 6AB, …), the students spread evenly over them.
    /// </summary>
    public int? Students { get; init; }

    /// <summary>
    /// The demo's "today": absences stop there and the latest ones fall in the weeks before it.
    /// Null: 23 November of the year's first calendar year (a Monday in 2026).
    /// </summary>
    public DateOnly? Today { get; init; }

    public DateOnly TodayOrDefault => Today ?? new DateOnly(Year.FirstYear, 11, 23);

    /// <summary>
    /// The time of day the demo is made at, in the school's time zone: a session of today that has not
    /// begun yet (the morning at 03:00) gets no absence. Null: the whole of today has happened.
    /// </summary>
    public TimeOnly? Now { get; init; }

    /// <summary>Throws when the options cannot make a school; a bug in the caller, not bad user input.</summary>
    public void Validate()
    {
        if (StudentsPerClass is < 1 or > 60)
            throw new ArgumentOutOfRangeException(nameof(StudentsPerClass), StudentsPerClass, "a class has 1 to 60 students");
        if (Students is < 1 or > 10_000_000)
            throw new ArgumentOutOfRangeException(nameof(Students), Students, "a demo school has 1 to 10,000,000 students");
        ArgumentNullException.ThrowIfNull(Year);
        if (!Year.Contains(TodayOrDefault))
            throw new ArgumentOutOfRangeException(nameof(Today), Today, "today must fall in the demo's school year");
    }
}
