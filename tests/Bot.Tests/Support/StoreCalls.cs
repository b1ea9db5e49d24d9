using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Tests.Support;

/// <summary>
/// The store's ports called from a test's arrangements and assertions, synchronously: on the LiteDB
/// store every call completes at once, and arranging a school reads better without awaits.
/// </summary>
public static class StoreCalls
{
    public static void Save(this IActivationCodes codes, ActivationCode code) => Wait(codes.SaveAsync(code, CancellationToken.None));

    public static void RecordFailure(this IVerificationAttempts attempts, ChatAddress chat, DateTimeOffset at, string? against = null) =>
        Wait(attempts.RecordFailureAsync(chat, at, against, CancellationToken.None));

    public static IReadOnlyList<DateTimeOffset> FailuresOf(this IVerificationAttempts attempts, ChatAddress chat) => Wait(attempts.FailuresOfAsync(chat, CancellationToken.None));

    public static IReadOnlyList<CodeFailure> FailuresAgainst(this IVerificationAttempts attempts, string holder) => Wait(attempts.FailuresAgainstAsync(holder, CancellationToken.None));

    public static DateTimeOffset? LockedUntil(this Verification verification, ChatAddress chat) => Wait(verification.LockedUntilAsync(chat, CancellationToken.None));

    public static IReadOnlyList<AuditEntry> About(this IAuditLog log, string student) => Wait(log.AboutAsync(student, CancellationToken.None));

    public static IReadOnlyList<AuditEntry> Latest(this IAuditLog log, int count) => Wait(log.LatestAsync(count, CancellationToken.None));

    public static void Save(this ILeaveRequests requests, LeaveRequest request) => Wait(requests.SaveAsync(request, CancellationToken.None));

    public static LeaveRequest? Find(this ILeaveRequests requests, Guid id) => Wait(requests.FindAsync(id, CancellationToken.None));

    public static ILookup<StudentCode, LeaveRequest> OfStudents(this ILeaveRequests requests, IReadOnlyCollection<StudentCode> students) =>
        Wait(requests.OfStudentsAsync(students, CancellationToken.None));

    public static void Save(this INoticeBoard board, Notice notice) => Wait(board.SaveAsync(notice, CancellationToken.None));

    public static IReadOnlyList<Notice> DueUndelivered(this INoticeBoard board, DateTimeOffset now) => Wait(board.DueUndeliveredAsync(now, CancellationToken.None));

    public static void MarkDelivered(this INoticeBoard board, Guid notice, DateTimeOffset at) => Wait(board.MarkDeliveredAsync(notice, at, CancellationToken.None));

    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static void Wait(Task task) => task.GetAwaiter().GetResult();
}
