using System.Globalization;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Demo;

/// <summary>
/// One demo student before their records are written: who they are, how strong a learner
/// (<see cref="Ability"/>, the mean of their scores) and how steady (<see cref="Diligence"/>,
/// 0 best to 1 worst, which drives conduct), and whether they left the school.
/// </summary>
internal sealed record DemoProfile(
    int Number,
    StudentCode Code,
    DemoClass Class,
    string FullName,
    string FamilyName,
    DateOnly DateOfBirth,
    double Ability,
    double Diligence,
    StudentStatus Status,
    DateOnly? LeftOn)
{
    public bool IsStudying => Status == StudentStatus.Studying;

    /// <summary>A few students a school miss so many sessions that they near the 45-a-year limit.</summary>
    public bool IsOftenAbsent => IsStudying && Number % 137 == 40;

    public Student ToStudent()
    {
        var student = Student.Enrol(Code, FullName, DateOfBirth, Class.Name);
        return LeftOn is { } on ? student.Leave(Status, on) : student;
    }

    public static StudentCode CodeOf(int number) =>
        StudentCode.Parse("HS" + number.ToString("D4", CultureInfo.InvariantCulture));

    public static DemoProfile Draw(Random random, DemoClass demoClass, int number, SchoolYear year, DemoCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(demoClass);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(calendar);
        var male = random.Chance(0.5);
        var family = DemoNameMaker.FamilyName(random);
        var fullName = DemoNameMaker.FullName(random, male, family);
        // A child starts grade 6 in the September of the year they turn 11: grade 6 of 2026-2027 was born in 2015.
        var born = new DateOnly(year.FirstYear - demoClass.Grade - 5, 1, 1).AddDays(random.Next(365));
        var ability = Math.Clamp(7.2 + (1.1 * random.NextNormal()), 3.5, 9.7);
        var diligence = random.NextDouble();

        // Students are never deleted: a couple a school leave in October and keep their records.
        var status = number % 113 == 60 ? StudentStatus.Transferred
            : number % 271 == 200 ? StudentStatus.Dropped
            : StudentStatus.Studying;
        var leftOn = status == StudentStatus.Studying ? null
            : calendar.RandomDay(random, new DateOnly(year.FirstYear, 10, 1), new DateOnly(year.FirstYear, 10, 24));
        if (leftOn is null) status = StudentStatus.Studying;
        return new DemoProfile(number, CodeOf(number), demoClass, fullName, family, born, ability, diligence, status, leftOn);
    }
}
