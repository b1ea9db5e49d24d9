namespace SoLienLac.Domain.Privacy;

/// <summary>What the bot keeps about a student's family only while the student is at the school.</summary>
public interface IRetention
{
    /// <summary>
    /// For every student who left the school before <paramref name="leftBefore"/>: deletes the chat
    /// links to their family (ended or not), the access log about them, the outbox messages written
    /// for them, their family's threads with the teachers (messages and mutes) and answers to polls;
    /// then the settings, chat state and consents of the chats left with no link at all. The school's
    /// own records of the student (roster, marks, attendance, conduct, audit) stay. One transaction.
    /// </summary>
    Task<RetentionOutcome> ForgetLeaversAsync(DateOnly leftBefore, CancellationToken cancellationToken);
}

/// <summary>
/// How much a nightly clean-up forgot: of how many leavers (all who left before the day, done or not),
/// and what. <see cref="Messages"/> counts the outbox's and the threads' messages; mutes and poll answers
/// go with them uncounted.
/// </summary>
public sealed record RetentionOutcome(int Students, int Links, int AccessLines, int Messages, int Chats)
{
    public bool IsEmpty => Links + AccessLines + Messages + Chats == 0;
}
