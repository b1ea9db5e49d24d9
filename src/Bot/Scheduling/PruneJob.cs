using Microsoft.Extensions.Logging;
using Quartz;
using SoLienLac.Domain.Chats;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Privacy;
using SoLienLac.Bot.School;

namespace SoLienLac.Bot.Scheduling;

/// <summary>
/// Every night, what was kept only for a while goes (personal data is kept no longer than its
/// purpose needs): failed verification attempts the lock no longer looks at, flows left untouched
/// for a day (a half-typed leave request, a code typed at /start — the child a parent chose stays),
/// gradebooks a teacher sent but neither confirmed nor cancelled within a day, the expired choices
/// of messages the bot sent on its own — and, a year after a student left the school, their
/// family's chat links, settings, consents, messages and the access log about them (the school's own
/// records of the student stay: docs/privacy.md).
/// </summary>
[DisallowConcurrentExecution]
public sealed class PruneJob(IVerificationAttempts attempts, IChatStore chats, IPendingFiles pending, IStandingChoices choices, IRetention retention,
    Conversations.Privacy.Erasures erasures, SchoolCalendar calendar, TimeProvider clock,
    ILogger<PruneJob> logger) : IJob
{
    public static readonly JobKey Key = new("prune");

    /// <summary>03:15 every night, in the school's time zone: after the outbox's clean-up.</summary>
    public const string Cron = "0 15 3 * * ?";

    /// <summary>
    /// A flow nobody has answered for this long was abandoned (docs/privacy.md: a half-typed leave
    /// request is not kept longer than a day); the person starts the command again.
    /// </summary>
    public static readonly TimeSpan AbandonedFlow = TimeSpan.FromDays(1);

    /// <summary>A gradebook sent and neither confirmed nor cancelled for this long was left: the teacher sends it again.</summary>
    public static readonly TimeSpan UnconfirmedFile = TimeSpan.FromDays(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var failures = await attempts.ForgetBeforeAsync(now - VerificationLock.Kept, cancellationToken);
        var flows = await chats.ForgetFlowsUntouchedSinceAsync(now - AbandonedFlow, cancellationToken);
        var files = await pending.ForgetKeptBeforeAsync(now - UnconfirmedFile, cancellationToken);
        var expired = await choices.ForgetExpiredAsync(now, cancellationToken);
        var erased = await erasures.CarryOutOverdueAsync(cancellationToken);
        if (erased > 0) logger.LogInformation("Erased at their deadline: {Requests} parents' erasure requests no admin had confirmed", erased);
        var leavers = await retention.ForgetLeaversAsync(calendar.Today.AddYears(-1), cancellationToken);
        if (!leavers.IsEmpty)
            logger.LogInformation("Forgotten a year after they left: {Links} links, {Lines} access log lines, {Messages} messages and {Chats} chats of {Students} students' families",
                leavers.Links, leavers.AccessLines, leavers.Messages, leavers.Chats, leavers.Students);
        if (failures + flows + files + expired > 0)
            logger.LogInformation("Forgotten: {Failures} failed verification attempts, {Flows} abandoned flows, {Files} unconfirmed gradebooks, {Choices} expired choices",
                failures, flows, files, expired);
    }
}
