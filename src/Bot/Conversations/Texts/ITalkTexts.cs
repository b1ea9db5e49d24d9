using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;

namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>Messages between families and teachers through the bot, a teacher's office hours, mutes and reports.</summary>
public interface ITalkTexts
{
    /// <summary>How a teacher is named to a family: "cô/thầy Nguyễn Thị Hoa, giáo viên chủ nhiệm lớp 6A" or "… giáo viên môn Toán lớp 6A".</summary>
    string Teacher(string name, string? subject, ClassName className);

    /// <summary>Who wrote a line of a thread: the guardian as the school lists them, or the teacher.</summary>
    string Parent(string? guardianName, string? relation);

    string ThreadHeading(Student child, string teacher);

    string ThreadLine(string who, string time, string text, bool held);

    string ThreadEmpty { get; }

    string Ask(Student child, string teacher);

    string NoTeacher(Student child, string? subject, string? schoolPhone);

    string TooLong(int max);

    string Muted(string teacher, string until, string? schoolPhone);

    /// <param name="held">When it will reach the teacher, if held for their office hours.</param>
    string Sent(string teacher, OfficeHours hours, string? held, bool teacherHasChat, string? schoolPhone);

    string ForTeacher(Student child, string parent, string text);

    string ReplyButton { get; }

    string MuteButton { get; }

    string ReportButton { get; }

    string AskReply(Student child, string parent);

    string ForParent(Student child, string teacher, string text);

    string AnswerBackButton { get; }

    /// <param name="held">When the family gets it, if held for their quiet hours.</param>
    string Replied(Student child, string? held);

    string NothingToReply { get; }

    string NotFound { get; }

    string NotYours { get; }

    string MutedFamily(Student child, string until);

    string Unmuted(Student child);

    string Reported(Student child);

    string ForAdmins(string teacherName, Student child, string text, string command);

    string ThreadsHeading(bool wholeSchool);

    string NoThreads { get; }

    string ThreadSummary(Student child, string teacherName, string time, bool fromParent, string text);

    string OfficeHours(OfficeHours hours, bool chosen);

    string OfficeHoursUnreadable { get; }

    string OfficeHoursDefaultButton { get; }

    /// <summary>Under /trogiup for parents: writes to the homeroom teacher.</summary>
    string MessageTeacherButton { get; }
}
