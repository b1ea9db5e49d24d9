using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Privacy;

/// <summary>Who read a student's records, as the access log names them.</summary>
public enum AccessRole
{
    /// <summary>A linked parent, in their chat.</summary>
    Parent,

    /// <summary>A teacher, in their chat (the class overview, a history).</summary>
    Teacher,

    /// <summary>The school's staff at the machine: a verb (results, report, export).</summary>
    School,

    /// <summary>The bot itself sending a family an alert, a summary or a notice.</summary>
    Delivery,
}

/// <summary>
/// One line of the access log: someone read (or was sent) a kind of a student's records in an hour.
/// Kept compactly — one line a person, student and kind an hour, however often they looked.
/// </summary>
/// <param name="Who">The chat's key for a parent or a delivery, the teacher's code, the machine user for a verb.</param>
/// <param name="Name">How <c>/dulieu</c> and <c>privacy log</c> name them: a teacher's name, the user; empty for a parent.</param>
/// <param name="What">The kind read: the command (<c>diem</c>, <c>lop</c>), the verb (<c>results</c>), or the message (<c>weekly</c>, <c>score</c>).</param>
/// <param name="Hour">The start of the hour (UTC) it happened in.</param>
public sealed record AccessEntry(StudentCode Student, string Who, string Name, AccessRole Role, string Channel, string What, DateTimeOffset Hour)
{
    public static DateTimeOffset HourOf(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    /// <summary>What makes a line one: the same person, student, kind and hour are written once.</summary>
    public string Key => $"{Student}|{Who}|{What}|{Hour.UtcTicks}";
}
