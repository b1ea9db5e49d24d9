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

/// <summary>
/// A verified teacher's chat. Ended (the teacher left, their phone changed, the school revoked it),
/// it stays on record inactive, like a parent's, and gives no role.
/// </summary>
public sealed record StaffLink(ChatAddress Chat, string TeacherCode, DateTimeOffset LinkedAt, LinkProof Proof = LinkProof.Phone, DateTimeOffset? EndedAt = null)
{
    public bool IsActive => EndedAt is null;

    public StaffLink End(DateTimeOffset at) => this with { EndedAt = at };
}
