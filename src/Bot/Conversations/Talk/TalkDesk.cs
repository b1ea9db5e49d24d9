using Microsoft.Extensions.Options;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Delivery;
using SoLienLac.Bot.Scheduling;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Settings;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Talk;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Talk;

/// <summary>
/// What a message written either way becomes: when it reaches the other side, and how many chats it goes to;
/// for a family's message, the teacher's office hours it waited for.
/// </summary>
public sealed record TalkSent(TalkMessage Message, OfficeHours? Hours, int Chats)
{
    /// <summary>Held for the other side's hours: it reaches them later than it was written.</summary>
    public bool Held => Message.DeliverAt > Message.At;
}

/// <summary>
/// Messages between a family and a teacher: who the teacher of a child is, and the message saved with
/// the outbox messages that carry it (held for the teacher's office hours or the family's quiet hours).
/// Neither side is ever given the other's phone or chat: only names, as the school lists them.
/// </summary>
public sealed class TalkDesk(ITalkThreads threads, ITeacherDirectory teachers, IStudentDirectory students, IChatLinks links,
    IParentSettings settings, IOptions<ScheduleOptions> schedule, OutboxSignal signal, Catalogues catalogues, SchoolCalendar calendar)
{
    /// <summary>The class's homeroom teacher, or the teacher of the subject in the class; null when the school lists none.</summary>
    public async Task<Teacher?> TeacherOfAsync(Student child, Subject? subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(child);
        return (await teachers.AllAsync(cancellationToken)).FirstOrDefault(t => !t.HasLeft && t.Assignments.Any(a => a.ClassName == child.ClassName &&
            (subject is null ? a.Role == TeacherRole.Homeroom : a.Role == TeacherRole.Subject && a.Subject == subject)));
    }

    /// <summary>The subject a teacher teaches the class, or null when they are its homeroom teacher (or neither).</summary>
    public static Subject? SubjectOf(Teacher teacher, ClassName className)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        if (teacher.Assignments.Any(a => a.Role == TeacherRole.Homeroom && a.ClassName == className)) return null;
        return teacher.Assignments.FirstOrDefault(a => a.Role == TeacherRole.Subject && a.ClassName == className)?.Subject;
    }

    public static string Describe(Catalogue texts, Teacher teacher, ClassName className)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(teacher);
        return texts.Talk.Teacher(teacher.FullName, SubjectOf(teacher, className)?.Name, className);
    }

    /// <summary>The guardian who wrote from the chat, as the school lists them ("Mẹ Trần Thị Lan"); "Phụ huynh" when the link named none.</summary>
    public async Task<string> ParentAsync(Catalogue texts, string chat, StudentCode student, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (chat == Domain.Privacy.ErasureRequest.Erased) return texts.Talk.Parent(null, null);
        var link = (await links.ChildrenOfAsync(ChatAddress.Parse(chat), cancellationToken)).FirstOrDefault(l => l.Student == student);
        var guardian = link is null ? null : await students.GuardianOfAsync(link, cancellationToken);
        return texts.Talk.Parent(guardian?.FullName, guardian?.Relation);
    }

    public Task<TalkMute?> MuteOfAsync(Student child, Teacher teacher, CancellationToken cancellationToken) =>
        threads.MuteOfAsync(child.Code, teacher.Code, cancellationToken);

    /// <summary>A parent's message to the teacher: kept, and sent to each of the teacher's chats when their office hours next allow.</summary>
    public async Task<TalkSent> WriteToTeacherAsync(Student child, ChatAddress parent, Teacher teacher, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(teacher);
        var hours = await threads.OfficeHoursOfAsync(teacher.Code, cancellationToken) ?? OfficeHours.Default;
        var now = calendar.Now;
        var due = hours.NextOpen(now, calendar.IsSchoolDay);
        var message = new TalkMessage(Guid.NewGuid(), child.Code, teacher.Code, true, parent.Key, text.Trim(), now, due);
        var chats = await links.ChatsOfTeacherAsync(teacher.Code, cancellationToken);
        var textsOf = await catalogues.OfAsync(chats.Select(c => c.Chat), cancellationToken);
        var outbox = new List<OutboxMessage>();
        foreach (var chat in chats)
        {
            var texts = textsOf(chat.Chat);
            var reply = new Reply(texts.Talk.ForTeacher(child, await ParentAsync(texts, parent.Key, child.Code, cancellationToken), message.Text))
            {
                Buttons =
                [
                    [new ReplyButton(texts.Talk.ReplyButton, $"/traloi {message.Id:N}")],
                    [new ReplyButton(texts.Talk.MuteButton, $"/tamngung {message.Id:N}"), new ReplyButton(texts.Talk.ReportButton, $"/baocao {message.Id:N}")],
                ],
                Language = texts.Language,
            };
            outbox.Add(OutboxMessages.Of($"talk:{message.Id:N}:{chat.Chat.Key}", chat.Chat, reply, now, due, CodeHolder.Teacher(teacher.Code)));
        }
        await threads.SendAsync(message, outbox, cancellationToken);
        if (outbox.Count > 0) signal.Raise();
        return new TalkSent(message, hours, outbox.Count);
    }

    /// <summary>A teacher's answer to a family's message: kept, and sent to the chat that wrote when the family's quiet hours allow.</summary>
    public async Task<TalkSent> AnswerAsync(Teacher teacher, TalkMessage to, Student child, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(child);
        var now = calendar.Now;
        // A family whose data was erased is answered on record only: there is no chat left to send to.
        var parent = to.Chat == Domain.Privacy.ErasureRequest.Erased ? (ChatAddress?)null : ChatAddress.Parse(to.Chat);
        var due = parent is { } chat ? QuietHours.NextAllowed(now, await settings.OfAsync(chat, cancellationToken), schedule.Value) : now;
        var message = new TalkMessage(Guid.NewGuid(), child.Code, teacher.Code, false, to.Chat, text.Trim(), now, due);
        var outbox = new List<OutboxMessage>();
        if (parent is { } address)
        {
            var texts = await catalogues.OfAsync(address, cancellationToken);
            var subject = SubjectOf(teacher, child.ClassName);
            var reply = new Reply(texts.Talk.ForParent(child, Describe(texts, teacher, child.ClassName), message.Text))
            {
                Buttons = [[new ReplyButton(texts.Talk.AnswerBackButton, subject is null ? "/nhangv" : $"/nhangv {subject.Name}")]],
                Language = texts.Language,
            };
            outbox.Add(OutboxMessages.Of($"talk:{message.Id:N}:{address.Key}", address, reply, now, due, CodeHolder.Student(child.Code)));
        }
        await threads.SendAsync(message, outbox, cancellationToken);
        if (outbox.Count > 0) signal.Raise();
        return new TalkSent(message, null, outbox.Count);
    }

    /// <summary>A thread as either side reads it: who wrote each line (names only), when, and what.</summary>
    public async Task<string> ThreadAsync(Catalogue texts, Student child, Teacher teacher, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(teacher);
        var lines = new List<string> { texts.Talk.ThreadHeading(child, Describe(texts, teacher, child.ClassName)) };
        var messages = await threads.ThreadAsync(child.Code, teacher.Code, max, cancellationToken);
        var now = calendar.Now;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in messages)
        {
            var who = m.FromParent
                ? names.TryGetValue(m.Chat, out var n) ? n : names[m.Chat] = await ParentAsync(texts, m.Chat, child.Code, cancellationToken)
                : teacher.FullName;
            lines.Add(texts.Talk.ThreadLine(who, When(texts, m.At), m.Text, m.DeliverAt > now));
        }
        if (messages.Count == 0) lines.Add(texts.Talk.ThreadEmpty);
        return string.Join('\n', lines);
    }

    /// <summary>"14:20 03/12/2026": a moment of a thread in the school's time.</summary>
    public string When(Catalogue texts, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var local = calendar.ToLocal(at);
        return $"{local:HH:mm} {texts.Format.DayMonthYear(DateOnly.FromDateTime(local.DateTime))}";
    }
}
