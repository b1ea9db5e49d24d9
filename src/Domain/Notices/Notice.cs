using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Notices;

/// <summary>
/// A notice from the school to the families of one class, or of the whole school (ClassName null).
/// It is visible from <see cref="PublishAt"/>; parents acknowledge it ("Đã xem") as they once signed the paper book.
/// </summary>
public sealed record Notice(Guid Id, ClassName? ClassName, string Text, string AuthorCode, DateTimeOffset CreatedAt, DateTimeOffset PublishAt, bool Urgent)
{
    /// <summary>The school whose families it is for (its class's, or the admin's for the whole school); null in a store of one school.</summary>
    public string? School { get; init; }

    public bool IsForWholeSchool => ClassName is null;

    public bool ConcernsClass(ClassName className) => ClassName is { } own ? own == className : School == className.School;

    public bool IsPublished(DateTimeOffset now) => PublishAt <= now;
}

/// <summary>A parent's "Đã xem" on a notice, for one child, from one chat.</summary>
public sealed record Acknowledgement(Guid NoticeId, StudentCode Student, string Chat, DateTimeOffset At);
