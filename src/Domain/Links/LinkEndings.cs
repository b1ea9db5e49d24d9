using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Records;

namespace SoLienLac.Domain.Links;

/// <summary>
/// Ends links as part of a set of changes, each audited: the school took access away (a guardian's
/// phone removed from the roster, a teacher who left, <c>links revoke</c>) or the parent unlinked.
/// The links stay on record, inactive, so the school can see who had access and until when.
/// </summary>
public static class LinkEndings
{
    public const string ParentWhat = "Liên kết phụ huynh";

    /// <summary>What the audit calls a teacher's link, made or ended.</summary>
    public static string StaffWhat(string teacherCode) => $"Liên kết giáo viên {teacherCode}";

    public static void End(ChangeSet changes, IEnumerable<ParentLink> links, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(links);
        foreach (var link in links.Where(l => l.IsActive && !changes.EndedLinks.Exists(e => e.Key == l.Key)))
        {
            changes.EndedLinks.Add(link.End(now));
            changes.Audit.Add(AuditEntry.Record(actor, now, link.Student.Value, ParentWhat, link.Chat.Key, null));
        }
    }

    public static void End(ChangeSet changes, IEnumerable<StaffLink> links, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(links);
        foreach (var link in links.Where(l => l.IsActive && !changes.EndedStaffLinks.Exists(e => e.Chat == l.Chat)))
        {
            changes.EndedStaffLinks.Add(link.End(now));
            changes.Audit.Add(AuditEntry.Record(actor, now, null, StaffWhat(link.TeacherCode), link.Chat.Key, null));
        }
    }
}
