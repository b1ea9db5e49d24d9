using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Links;

/// <summary>How a parent proved they may see a child's records.</summary>
public enum LinkProof
{
    Phone,
    ActivationCode,
}

/// <summary>
/// A verified parent's chat linked to one child. Unlinking keeps the record, inactive, so the
/// school can see who had access and when; an inactive link is sent nothing and shown nothing.
/// </summary>
public sealed record ParentLink(ChatAddress Chat, StudentCode Student, LinkProof Proof, string? Phone, DateTimeOffset LinkedAt, DateTimeOffset? EndedAt)
{
    public bool IsActive => EndedAt is null;

    public string Key => $"{Chat.Key}|{Student}";

    public ParentLink End(DateTimeOffset at) => this with { EndedAt = at };
}

/// <summary>A verified teacher's chat.</summary>
public sealed record StaffLink(ChatAddress Chat, string TeacherCode, DateTimeOffset LinkedAt);
