using Microsoft.Extensions.Options;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Delivery;
using SoLienLac.Bot.Scheduling;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Polls;
using SoLienLac.Domain.Settings;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Polls;

/// <summary>A poll's standing: each option's count, the children answered, and those not (with whether a family can be reminded).</summary>
public sealed record PollTally(Poll Poll, IReadOnlyList<int> Counts, IReadOnlyList<Student> Children, IReadOnlyList<Student> Missing)
{
    public int Answered => Children.Count - Missing.Count;
}

/// <summary>
/// Polls asked of a class's (or the school's) families: one message a child and linked chat, with a button
/// an option, written with the poll in one transaction and sent in each family's allowed hours.
/// </summary>
public sealed class PollDesk(IPolls polls, IStudentDirectory students, IChatLinks links, IParentSettings settings, IOptions<ScheduleOptions> schedule,
    OutboxSignal signal, Catalogues catalogues, SchoolCalendar calendar)
{
    /// <summary>Saves the poll and asks every linked family of its children; returns (families' chats, children).</summary>
    public async Task<(int Chats, int Children)> AskAsync(Poll poll, Teacher teacher, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(teacher);
        var children = await ChildrenOfAsync(poll, cancellationToken);
        var messages = await MessagesAsync(poll, teacher.FullName, children, "", cancellationToken);
        await polls.CreateAsync(poll, messages, cancellationToken);
        if (messages.Count > 0) signal.Raise();
        return (messages.Count, children.Count);
    }

    /// <summary>Asks again only the families of the children with no answer yet; returns how many chats.</summary>
    public async Task<int> RemindAsync(PollTally tally, string teacherName, IOutbox outbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(outbox);
        var messages = await MessagesAsync(tally.Poll, teacherName, tally.Missing, $"nhac{calendar.Now.UtcTicks}:", cancellationToken);
        var added = await outbox.EnqueueManyAsync(messages, cancellationToken);
        if (added > 0) signal.Raise();
        return added;
    }

    public async Task<PollTally> TallyAsync(Poll poll, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poll);
        var children = await ChildrenOfAsync(poll, cancellationToken);
        var answers = (await polls.AnswersAsync(poll.Id, cancellationToken)).ToDictionary(a => a.Student);
        var counts = new int[poll.Options.Count];
        foreach (var answer in answers.Values.Where(a => a.Option >= 0 && a.Option < counts.Length)) counts[answer.Option]++;
        return new PollTally(poll, counts, children, children.Where(c => !answers.ContainsKey(c.Code)).ToList());
    }

    /// <summary>The children a poll asks about: its class's, or the whole school's, still studying.</summary>
    public Task<IReadOnlyList<Student>> ChildrenOfAsync(Poll poll, CancellationToken cancellationToken) => ChildrenOfAsync(students, poll, cancellationToken);

    /// <summary>The children a poll asks about, read from the school's roster (the export's rows).</summary>
    public static async Task<IReadOnlyList<Student>> ChildrenOfAsync(IStudentDirectory students, Poll poll, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(students);
        ArgumentNullException.ThrowIfNull(poll);
        var classes = poll.ClassName is { } c ? [c] : (await students.ClassesAsync(cancellationToken)).Where(poll.ConcernsClass).ToList();
        var children = new List<Student>();
        foreach (var className in classes)
            children.AddRange((await students.InClassAsync(className, cancellationToken)).Where(s => s.IsStudying));
        return children;
    }

    /// <summary>"13:00 ngày 11/12/2026": when a poll closes, in the school's time, if it does.</summary>
    public string? Closes(Catalogue texts, Poll poll) => poll?.ClosesAt is { } at ? texts?.Format.Moment(calendar.ToLocal(at)) : null;

    private async Task<List<OutboxMessage>> MessagesAsync(Poll poll, string teacherName, IReadOnlyList<Student> children, string round,
        CancellationToken cancellationToken)
    {
        var parents = await links.ParentsOfAsync(children.Select(c => c.Code).ToList(), cancellationToken);
        var chats = parents.SelectMany(p => p).Select(l => l.Chat).Distinct().ToList();
        var textsOf = await catalogues.OfAsync(chats, cancellationToken);
        var chosenOf = await settings.OfAsync(chats, cancellationToken);
        var now = calendar.Now;
        var messages = new List<OutboxMessage>();
        foreach (var child in children)
        {
            foreach (var link in parents[child.Code])
            {
                var texts = textsOf(link.Chat);
                var reply = new Reply(texts.Polls.ForParent(poll, teacherName, child, Closes(texts, poll), round.Length > 0))
                {
                    Buttons = poll.Options.Select((option, i) => (IReadOnlyList<ReplyButton>)[new ReplyButton(option, $"/chonks {poll.ShortId} {child.Code} {i + 1}")]).ToList(),
                    Language = texts.Language,
                };
                var due = QuietHours.NextAllowed(now, chosenOf.GetValueOrDefault(link.Chat.Key, ParentSettings.Default), schedule.Value);
                messages.Add(OutboxMessages.Of($"poll:{poll.Id:N}:{round}{child.Code}:{link.Chat.Key}", link.Chat, reply, now, due, CodeHolder.Student(child.Code)));
            }
        }
        return messages;
    }
}
