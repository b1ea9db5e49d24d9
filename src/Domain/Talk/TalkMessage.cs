using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Talk;

/// <summary>
/// One message between a family and a teacher, through the bot: the thread is the student's and the
/// teacher's (a family writes about a child). Neither side sees the other's phone or chat: the parent's
/// chat is kept here only for the bot to deliver the teacher's answer.
/// </summary>
/// <param name="Chat">The parent's chat: who wrote, for a parent's message; whom it answers, for a teacher's.</param>
/// <param name="DeliverAt">When it reaches the other side: later than <paramref name="At"/> when held for the teacher's office hours or the parent's quiet hours.</param>
public sealed record TalkMessage(Guid Id, StudentCode Student, string Teacher, bool FromParent, string Chat, string Text, DateTimeOffset At, DateTimeOffset DeliverAt)
{
    /// <summary>A chat message is short: longer ones are refused with the limit, not cut.</summary>
    public const int MaxLength = 2000;

    /// <summary>When the teacher reported it to the school's admins (an abusive message), if ever.</summary>
    public DateTimeOffset? ReportedAt { get; init; }

    public string ThreadKey => Talk.ThreadKey.Of(Student, Teacher);
}

public static class ThreadKey
{
    public static string Of(StudentCode student, string teacher) => $"{student}|{teacher}";
}

/// <summary>A teacher who asked for no messages from a family (a student's) until a time.</summary>
public sealed record TalkMute(StudentCode Student, string Teacher, DateTimeOffset Until, DateTimeOffset At)
{
    public bool Holds(DateTimeOffset now) => Until > now;
}

/// <summary>
/// When parents' messages reach a teacher: from <see cref="From"/> to <see cref="Until"/> on school days.
/// Outside them a message waits and is delivered at the next start.
/// </summary>
public sealed record OfficeHours(TimeOnly From, TimeOnly Until)
{
    public static OfficeHours Default { get; } = new(new TimeOnly(6, 30), new TimeOnly(21, 0));

    /// <summary>
    /// The first moment at or after <paramref name="now"/> (the school's local time) inside the hours of
    /// a day <paramref name="isSchoolDay"/> accepts; at most a month ahead (a holiday longer than that
    /// delivers at its end anyway).
    /// </summary>
    public DateTimeOffset NextOpen(DateTimeOffset now, Func<DateOnly, bool> isSchoolDay)
    {
        ArgumentNullException.ThrowIfNull(isSchoolDay);
        var day = DateOnly.FromDateTime(now.DateTime);
        var time = TimeOnly.FromDateTime(now.DateTime);
        for (var i = 0; i < 31; i++, day = day.AddDays(1))
        {
            if (!isSchoolDay(day)) continue;
            if (i == 0 && time >= From && time < Until) return now;
            if (i == 0 && time >= Until) continue;
            return new DateTimeOffset(day.ToDateTime(From), now.Offset);
        }
        return new DateTimeOffset(day.ToDateTime(From), now.Offset);
    }

    public static bool TryParse(string? text, out OfficeHours hours)
    {
        hours = Default;
        var parts = (text ?? "").Replace('–', '-').Split('-', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !TryTime(parts[0], out var from) || !TryTime(parts[1], out var until) || from >= until) return false;
        hours = new OfficeHours(from, until);
        return true;
    }

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Replace('h', ':').TrimEnd(':'), ["H:mm", "HH:mm", "%H"], System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out time);
}
