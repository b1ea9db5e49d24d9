using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Demo;

/// <summary>
/// Absences on school days up to the demo's today (or the day a student left), so all in term I
/// with the default today: most students none, some a few, a rare one nearly the 45 sessions a
/// year allows, a student who dropped out many unexcused ones, and about one in ten an absence in
/// the last two weeks so that this week's summary has something to say. HS0001 is away the
/// morning of the last school day.
/// </summary>
internal static class DemoAttendance
{
    public static void Write(List<Absence> absences, Random random, DemoProfile student, DemoCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(absences);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(calendar);
        var last = student.LeftOn?.AddDays(-1) ?? calendar.Today;
        var days = calendar.Between(calendar.FirstSchoolDay, last);
        if (days.Count == 0) return;

        var taken = new SortedDictionary<(DateOnly Date, DaySession Session), bool>();
        void Take(DateOnly date, DaySession session, bool excused)
        {
            // Nobody has missed a session that has not begun (a demo made at 03:00 has no absence this morning).
            if (calendar.HasBegun(date, session)) taken.TryAdd((date, session), excused);
        }
        void TakeRandom(int count, IReadOnlyList<DateOnly> from, double chanceExcused)
        {
            // Never more sessions than half those on offer, and a bounded number of draws, so it always ends.
            var target = taken.Count + Math.Min(count, from.Count);
            for (var draws = 0; taken.Count < target && draws < 20 * (count + 1); draws++)
                Take(random.Pick(from), random.Chance(0.7) ? DaySession.Morning : DaySession.Afternoon, random.Chance(chanceExcused));
        }

        var roll = random.NextDouble();
        if (student.IsOftenAbsent) TakeRandom(38 + random.Next(6), days, 0.8);
        else if (student.Status == StudentStatus.Dropped) TakeRandom(10 + random.Next(7), days, 0.2);
        else if (roll >= 0.9) TakeRandom(4 + random.Next(5), days, 0.7);
        else if (roll >= 0.68) TakeRandom(1 + random.Next(3), days, 0.75);

        if (student.Number == 1 && days.Where(d => calendar.HasBegun(d, DaySession.Morning)).ToList() is { Count: > 0 } begun)
            Take(begun[^1], DaySession.Morning, true);
        else if (student.IsStudying && random.Chance(0.1))
            TakeRandom(1, calendar.Between(calendar.Today.AddDays(-13), calendar.Today), 0.7);

        foreach (var ((date, session), excused) in taken)
            absences.Add(new Absence(student.Code, date, session, excused));
    }
}
