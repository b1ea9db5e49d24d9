using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts.English;

public sealed class EnglishVerifyTexts : IVerifyTexts
{
    private static readonly EnglishFormats Format = new();

    public string AskStudentCode =>
        "Welcome to the school's electronic contact book.\n" +
        "Parents: please type your child's student code (for example HS0012, printed in the contact book or on the school's letter).\n" +
        "Teachers: press the «Share my phone number» button below, or type your teacher code (for example GV003) and then the activation code from the school.";

    public string BadStudentCode => "A student code has only letters and digits, for example HS0012. Please type it again, or /cancel to stop.";

    public string AskProof(StudentCode code) =>
        $"Code: {code}. To verify, press «Share my phone number» (it must be the number the school has on record), " +
        "or type the activation code printed on the school's letter (for example 7KQ4-M2XP).";

    public string NoMatch =>
        "This does not match the school's records. Please check the student code and the phone number " +
        "(or the activation code), then type /start to try again. If it still does not work, please contact the homeroom teacher.";

    public string NotOwnContact =>
        "Please share your own phone number with the «Share my phone number» button, not someone else's contact.";

    public string CodeUsedOrExpired =>
        "This activation code has been used or has expired. Please ask the school for a new one, or verify with your phone number.";

    public string HolderLocked(DateTimeOffset until) =>
        "Wrong activation codes were typed for this code too many times today. To protect students' records, verifying " +
        $"this code with an activation code is paused until {Format.Moment(until)}. If you are a parent, please contact " +
        "the homeroom teacher for help (on Telegram you can also verify with the «Share my phone number» button).";

    public string HolderLockedForTeacher(string studentName, StudentCode student, DateTimeOffset until) =>
        $"⚠️ {HolderLock.MaxFailures} wrong activation codes were typed for {studentName} ({student}) in the last 24 hours, " +
        $"from several different accounts. Verifying with a code for this student is paused until {Format.Moment(until)}. " +
        "If a parent needs to link, please ask them directly; the school can issue a new code (the codes command).";

    public string LinkEndedBySchool(string studentName, StudentCode student) =>
        $"🔒 The school has ended your link to the contact book of {studentName} ({student}). From now on you will " +
        "receive no more messages about them here. If this is a mistake, please contact the homeroom teacher.";

    public string StaffLinkEndedBySchool(string teacherCode) =>
        $"🔒 The school has ended this chat's teacher link ({teacherCode}) to the contact book: from now on the contact book " +
        "can no longer be viewed or edited from here. If this is a mistake, please contact the school's management.";

    public string Locked(DateTimeOffset until) =>
        $"You have made {VerificationLock.MaxFailures} wrong attempts within an hour. To protect students' records, " +
        $"verifying from this chat is locked until {Format.Moment(until)}.";

    public string Linked(IEnumerable<Student> children) =>
        "Verified. You are now linked with: " + string.Join(", ", children.Select(EnglishChatTexts.Child)) + ".\n" +
        "Type /grades for scores, /attendance for attendance, /help for every command.";

    public string TeacherRecognised(string name) =>
        $"Hello {name}. You have been verified as a teacher of the school. Type /help to see the commands.";

    public string PhoneNotOnRecord =>
        "This phone number is not in the school's records. Please type the student code first, or contact the homeroom teacher.";
}
