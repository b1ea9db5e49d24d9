using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;

namespace SoLienLac.Bot.Conversations.Texts.English;

public sealed class EnglishTalkTexts : ITalkTexts
{
    public string Teacher(string name, string? subject, ClassName className) =>
        subject is null ? $"{name}, homeroom teacher of class {className}" : $"{name}, {subject} teacher of class {className}";

    public string Parent(string? guardianName, string? relation) =>
        guardianName is null ? "Parent" : string.IsNullOrWhiteSpace(relation) ? $"Parent {guardianName}" : $"{guardianName} ({relation})";

    public string ThreadHeading(Student child, string teacher)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"💬 About {child.FullName}, with {teacher}:";
    }

    public string ThreadLine(string who, string time, string text, bool held) => $"[{time}] {who}{(held ? " (waiting for office hours)" : "")}: {text}";

    public string ThreadEmpty => "No messages yet.";

    public string Ask(Student child, string teacher)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"✉️ Message {teacher} about {child.FullName}: type your message (/cancel to stop). Neither side sees the other's phone number.";
    }

    public string NoTeacher(Student child, string? subject, string? schoolPhone)
    {
        ArgumentNullException.ThrowIfNull(child);
        var who = subject is null ? $"a homeroom teacher for class {child.ClassName}" : $"a {subject} teacher for class {child.ClassName}";
        return $"The school's list has no {who} yet, so the message could not be sent.{Phone(schoolPhone)}";
    }

    public string TooLong(int max) => $"The message is longer than {max} characters; please shorten it or send it in two. Nothing was sent.";

    public string Muted(string teacher, string until, string? schoolPhone) =>
        $"{teacher} is not taking messages through the contact book until {until}. We are sorry; this message was not sent.{Phone(schoolPhone)}";

    public string Sent(string teacher, OfficeHours hours, string? held, bool teacherHasChat, string? schoolPhone)
    {
        ArgumentNullException.ThrowIfNull(hours);
        if (!teacherHasChat) return $"📨 Your message to {teacher} is saved. The teacher has not connected the contact book yet; it is kept, and they can read it once they do (/threads).{Phone(schoolPhone)}";
        return held is null
            ? $"📨 Sent to {teacher}. The answer will come here."
            : $"📨 Your message to {teacher} is saved. Messages reach them {hours.From:HH\\:mm}–{hours.Until:HH\\:mm} on school days, so it will be delivered at {held}.{Phone(schoolPhone)}";
    }

    public string ForTeacher(Student child, string parent, string text)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"✉️ Message from the family of {child.FullName} (class {child.ClassName}) — {parent}:\n{text}";
    }

    public string ReplyButton => "Reply";

    public string MuteButton => "Mute for 7 days";

    public string ReportButton => "Report to the school";

    public string AskReply(Student child, string parent)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"Type your answer to the family of {child.FullName} ({parent}); /cancel to stop:";
    }

    public string ForParent(Student child, string teacher, string text)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"✉️ {teacher} answers about {child.FullName}:\n{text}";
    }

    public string AnswerBackButton => "Write back";

    public string Replied(Student child, string? held)
    {
        ArgumentNullException.ThrowIfNull(child);
        return held is null
            ? $"📨 Your answer was sent to the family of {child.FullName}."
            : $"📨 Your answer to the family of {child.FullName} is saved; it is their quiet hours, so it arrives at {held}.";
    }

    public string NothingToReply => "There is no parent's message to answer yet.";

    public string NotFound => "That message was not found.";

    public string NotYours => "That message was not written to you, so you cannot answer or act on it.";

    public string MutedFamily(Student child, string until)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"🔕 Messages from the family of {child.FullName} are muted until {until}. They are told politely if they write; to unmute sooner: /mute … 0.";
    }

    public string Unmuted(Student child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"🔔 Messages from the family of {child.FullName} reach you again.";
    }

    public string Reported(Student child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"⚠️ The message from the family of {child.FullName} was passed to the school's leadership.";
    }

    public string ForAdmins(string teacherName, Student child, string text, string command)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"⚠️ {teacherName} reported a message from the family of {child.FullName} (class {child.ClassName}):\n«{text}»\nThe whole exchange: {command}";
    }

    public string ThreadsHeading(bool wholeSchool) => wholeSchool ? "💬 Recent exchanges in the school:" : "💬 Your recent exchanges:";

    public string NoThreads => "No exchanges with families yet.";

    public string ThreadSummary(Student child, string teacherName, string time, bool fromParent, string text)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"• {child.FullName} ({child.ClassName}) — {teacherName}, {time}, {(fromParent ? "family" : "teacher")}: {text}";
    }

    public string OfficeHours(OfficeHours hours, bool chosen)
    {
        ArgumentNullException.ThrowIfNull(hours);
        return $"🕒 Parents' messages reach you {hours.From:HH\\:mm}–{hours.Until:HH\\:mm} on school days{(chosen ? "" : " (default)")}. " +
            "Outside them a message waits and arrives when they start; the family is told when. To change: /settings hours 07:00-20:00.";
    }

    public string OfficeHoursUnreadable => "Could not read the hours. Send: /settings hours 07:00-20:00 (the start before the end).";

    public string OfficeHoursDefaultButton => "Use the default hours";

    public string MessageTeacherButton => "✉️ Message a teacher";

    private static string Phone(string? schoolPhone) => string.IsNullOrWhiteSpace(schoolPhone) ? "" : $" For anything urgent please call the school: {schoolPhone}.";
}
