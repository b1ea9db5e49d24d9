using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.Links;

/// <summary>
/// Links a chat to the children it may see, or recognises a teacher: by the sender's own phone
/// matching the school's records, or by the school's one-time activation code. Every refusal
/// counts toward the lock; every link is audited.
/// </summary>
public sealed class Verification(
    IStudentDirectory students,
    ITeacherDirectory teachers,
    IChatLinks links,
    IActivationCodes codes,
    IVerificationAttempts attempts,
    ISchoolRecords records,
    TimeProvider clock)
{
    public async Task<DateTimeOffset?> LockedUntilAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        VerificationLock.LockedUntil(await attempts.FailuresOfAsync(chat, cancellationToken), clock.GetUtcNow());

    /// <summary>
    /// The phone the channel vouches is the sender's own. With a student code, that student is
    /// linked when the phone is a guardian's; without one, every child the phone is on record for.
    /// A teacher's phone recognises the teacher as well.
    /// </summary>
    public async Task<VerificationOutcome> ByPhoneAsync(ChatAddress chat, PhoneNumber phone, StudentCode? student, CancellationToken cancellationToken)
    {
        if (await LockedUntilAsync(chat, cancellationToken) is { } locked) return VerificationOutcome.Refused(VerificationFailure.Locked, locked);
        var now = clock.GetUtcNow();
        var teacher = await teachers.FindByPhoneAsync(phone, cancellationToken);
        if (teacher is not null && (await links.StaffOfAsync(chat, cancellationToken))?.TeacherCode != teacher.Code)
            await LinkStaffAsync(chat, teacher, LinkProof.Phone, now, cancellationToken);

        var children = new List<Student>();
        foreach (var guardian in await students.GuardiansWithPhoneAsync(phone, cancellationToken))
        {
            if (student is not null && guardian.Student != student) continue;
            if (children.Any(c => c.Code == guardian.Student)) continue;
            if (await students.FindAsync(guardian.Student, cancellationToken) is { } child) children.Add(child);
        }
        if (children.Count == 0 && teacher is null) return await FailAsync(chat, VerificationFailure.NoMatch, cancellationToken);

        await LinkAsync(chat, children, LinkProof.Phone, phone.National, now, cancellationToken);
        return new VerificationOutcome(children, teacher, null, null);
    }

    /// <summary>
    /// The code on the school's letter, after the code it was printed for: a student's (the family is
    /// linked to that student) or a teacher's (the teacher is recognised, on a channel that cannot
    /// share a phone). Where a school numbers students and teachers alike, the activation code decides.
    /// </summary>
    public async Task<VerificationOutcome> ByCodeAsync(ChatAddress chat, string holderCode, string typed, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typed);
        if (await LockedUntilAsync(chat, cancellationToken) is { } locked) return VerificationOutcome.Refused(VerificationFailure.Locked, locked);
        var holder = Normalized(holderCode);
        var now = clock.GetUtcNow();
        if (HolderLock.LockedUntil(await attempts.FailuresAgainstAsync(holder, cancellationToken), now) is { } holderLocked)
            return VerificationOutcome.Refused(VerificationFailure.HolderLocked, holderLocked);
        var isStudentCode = StudentCode.TryParse(holder, out var studentCode);
        var student = isStudentCode ? await students.FindAsync(studentCode, cancellationToken) : null;
        var teacher = holder.Length == 0 ? null : await teachers.FindAsync(holder, cancellationToken) is { HasLeft: false } working ? working : null;
        // Both codes are looked up whether or not their holder exists: a code that is nobody's costs the same reads.
        var studentsCode = isStudentCode ? await codes.IssuedForAsync(CodeHolder.Student(studentCode), cancellationToken) : null;
        var teachersCode = holder.Length == 0 ? null : await codes.IssuedForAsync(CodeHolder.Teacher(holder), cancellationToken);
        ActivationCode? issued = null;
        foreach (var candidate in new[] { student is null ? null : studentsCode, teacher is null ? null : teachersCode })
        {
            // Both slots are always hashed, a missing code as the decoy: the answer takes as long for any code.
            if ((candidate ?? ActivationCode.Decoy).Matches(typed) && candidate is not null) issued ??= candidate;
        }
        if (issued is null) return await FailAgainstAsync(chat, holder, student, now, cancellationToken);
        if (!issued.IsUsable(today)) return VerificationOutcome.Refused(VerificationFailure.CodeUsedOrExpired);

        await codes.SaveAsync(issued.UseBy(chat.Key, now), cancellationToken);
        if (issued.Holder.IsTeacher)
        {
            await LinkStaffAsync(chat, teacher!, LinkProof.ActivationCode, now, cancellationToken);
            return new VerificationOutcome([], teacher, null, null);
        }
        await LinkAsync(chat, [student!], LinkProof.ActivationCode, null, now, cancellationToken);
        return new VerificationOutcome([student!], null, null, null);
    }

    /// <summary>A shared contact that is not the sender's own: refused, and counted like a wrong phone.</summary>
    public async Task<VerificationOutcome> RefuseForeignContactAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        await LockedUntilAsync(chat, cancellationToken) is { } locked
            ? VerificationOutcome.Refused(VerificationFailure.Locked, locked)
            : await FailAsync(chat, VerificationFailure.NotOwnContact, cancellationToken);

    /// <summary>Ends the chat's link to one child, or to all of them, in one save; nothing more is sent or shown.</summary>
    public async Task<IReadOnlyList<ParentLink>> UnlinkAsync(ChatAddress chat, StudentCode? student, CancellationToken cancellationToken)
    {
        var changes = new ChangeSet();
        LinkEndings.End(changes, (await links.ChildrenOfAsync(chat, cancellationToken)).Where(l => student is null || l.Student == student),
            new Actor(chat.Key, chat.Channel, "phụ huynh hủy liên kết"), clock.GetUtcNow());
        await records.SaveAsync(changes, cancellationToken);
        return changes.EndedLinks;
    }

    private async Task LinkStaffAsync(ChatAddress chat, Teacher teacher, LinkProof proof, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await links.SaveAsync(new StaffLink(chat, teacher.Code, now, proof), cancellationToken);
        var audit = new ChangeSet();
        var how = proof == LinkProof.Phone ? "xác minh bằng số điện thoại" : "xác minh bằng mã kích hoạt";
        audit.Audit.Add(AuditEntry.Record(new Actor(chat.Key, chat.Channel, how), now, null, LinkEndings.StaffWhat(teacher.Code), null, chat.Key));
        await records.SaveAsync(audit, cancellationToken);
    }

    private async Task LinkAsync(ChatAddress chat, IReadOnlyList<Student> children, LinkProof proof, string? phone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = (await links.ChildrenOfAsync(chat, cancellationToken)).Select(l => l.Student).ToHashSet();
        var audit = new ChangeSet();
        foreach (var child in children.Where(c => !existing.Contains(c.Code)))
        {
            await links.SaveAsync(new ParentLink(chat, child.Code, proof, phone, now, null), cancellationToken);
            var how = proof == LinkProof.Phone ? "xác minh bằng số điện thoại" : "xác minh bằng mã kích hoạt";
            audit.Audit.Add(AuditEntry.Record(new Actor(chat.Key, chat.Channel, how), now, child.Code.Value, "Liên kết phụ huynh", null, chat.Key));
        }
        await records.SaveAsync(audit, cancellationToken);
    }

    /// <summary>A wrong code after a student's or teacher's code (or one that is nobody's): counted for the chat and against that code.</summary>
    private async Task<VerificationOutcome> FailAgainstAsync(ChatAddress chat, string holder, Student? student, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await attempts.RecordFailureAsync(chat, now, holder.Length == 0 ? null : holder, cancellationToken);
        var justLocked = holder.Length > 0 && HolderLock.LockedUntil(await attempts.FailuresAgainstAsync(holder, cancellationToken), now) is not null;
        return VerificationOutcome.Refused(VerificationFailure.NoMatch, VerificationLock.LockedUntil(await attempts.FailuresOfAsync(chat, cancellationToken), now)) with
        {
            JustLocked = justLocked ? student : null,
        };
    }

    /// <summary>Student and teacher codes are kept upper-case ("hs0001" is HS0001).</summary>
    private static string Normalized(string holderCode) => (holderCode ?? "").Trim().ToUpperInvariant();

    private async Task<VerificationOutcome> FailAsync(ChatAddress chat, VerificationFailure failure, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await attempts.RecordFailureAsync(chat, now, null, cancellationToken);
        return VerificationOutcome.Refused(failure, VerificationLock.LockedUntil(await attempts.FailuresOfAsync(chat, cancellationToken), now));
    }
}
