using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.Notices;

/// <summary>Writes a notice for a class (its homeroom teacher) or the whole school (an admin).</summary>
public static class NoticeDesk
{
    public static (Notice? Notice, Refusal? Refused) Draft(Teacher teacher, ClassName? className, string text, DateTimeOffset now, DateTimeOffset? publishAt, bool urgent = false)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        var refusal = className is { } c
            ? Authorization.Check(teacher, TeacherAction.SendClassNotice, c)
            : Authorization.Check(teacher, TeacherAction.SendSchoolNotice, null);
        if (refusal is not null) return (null, refusal);
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException("a notice needs text", nameof(text));
        var at = publishAt is { } p && p > now ? p : now;
        return (new Notice(Guid.NewGuid(), className, text.Trim(), teacher.Code, now, at, urgent) { School = className?.School ?? teacher.AdminSchool }, null);
    }
}
