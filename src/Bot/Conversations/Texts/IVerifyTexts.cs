using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>/start and the proof that follows, the locks against guessing, and the end of a link.</summary>
public interface IVerifyTexts
{
    string AskStudentCode { get; }

    string BadStudentCode { get; }

    /// <summary>The same words for a student's code, a teacher's and one that is nobody's: the answer tells no one which codes exist.</summary>
    string AskProof(StudentCode code);

    string NoMatch { get; }

    string NotOwnContact { get; }

    string CodeUsedOrExpired { get; }

    /// <param name="until">In the school's time zone.</param>
    string HolderLocked(DateTimeOffset until);

    /// <summary>To the homeroom teacher: someone is trying codes for one of their students from many chats.</summary>
    string HolderLockedForTeacher(string studentName, StudentCode student, DateTimeOffset until);

    /// <summary>To a parent's chat whose link the school ended (guardian's phone changed on the roster, <c>links revoke</c>).</summary>
    string LinkEndedBySchool(string studentName, StudentCode student);

    /// <summary>To a teacher's chat whose link the school ended (left, phone changed, revoked).</summary>
    string StaffLinkEndedBySchool(string teacherCode);

    string Locked(DateTimeOffset until);

    string Linked(IEnumerable<Student> children);

    string TeacherRecognised(string name);

    string PhoneNotOnRecord { get; }
}
