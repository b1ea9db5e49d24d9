using SoLienLac.Bot.Demo;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

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

    public static void MarkDelivered(this INoticeBoard board, Guid notice, DateTimeOffset at) => Wait(board.DeliverAsync(notice, at, [], CancellationToken.None));

    public static Student? Find(this IStudentDirectory students, StudentCode code) => Wait(students.FindAsync(code, CancellationToken.None));

    public static IReadOnlyList<Student> InClass(this IStudentDirectory students, ClassName className) => Wait(students.InClassAsync(className, CancellationToken.None));

    public static IReadOnlyList<ClassName> Classes(this IStudentDirectory students) => Wait(students.ClassesAsync(CancellationToken.None));

    public static IReadOnlyList<Guardian> GuardiansOf(this IStudentDirectory students, StudentCode student) => Wait(students.GuardiansOfAsync(student, CancellationToken.None));

    public static IReadOnlyList<Guardian> GuardiansWithPhone(this IStudentDirectory students, PhoneNumber phone) =>
        Wait(students.GuardiansWithPhoneAsync(phone, CancellationToken.None));

    public static int CountStudents(this IStudentDirectory students) => Wait(students.CountStudentsAsync(CancellationToken.None));

    public static Teacher? Find(this ITeacherDirectory teachers, string code) => Wait(teachers.FindAsync(code, CancellationToken.None));

    public static Teacher? FindByPhone(this ITeacherDirectory teachers, PhoneNumber phone) => Wait(teachers.FindByPhoneAsync(phone, CancellationToken.None));

    public static IReadOnlyList<Teacher> All(this ITeacherDirectory teachers) => Wait(teachers.AllAsync(CancellationToken.None));

    public static IReadOnlyList<Assessment> MarksOf(this IGradeBook grades, StudentCode student) => Wait(grades.MarksOfAsync(student, CancellationToken.None));

    public static IReadOnlyList<Assessment> MarksOf(this IGradeBook grades, StudentCode student, Term term) => Wait(grades.MarksOfAsync(student, term, CancellationToken.None));

    public static ILookup<StudentCode, Assessment> MarksOf(this IGradeBook grades, IReadOnlyCollection<StudentCode> students) =>
        Wait(grades.MarksOfAsync(students, CancellationToken.None));

    public static IReadOnlyList<Absence> AbsencesOf(this IAttendanceBook attendance, StudentCode student) => Wait(attendance.AbsencesOfAsync(student, CancellationToken.None));

    public static ILookup<StudentCode, Absence> AbsencesOf(this IAttendanceBook attendance, IReadOnlyCollection<StudentCode> students) =>
        Wait(attendance.AbsencesOfAsync(students, CancellationToken.None));

    public static IReadOnlyList<ConductRecord> LevelsOf(this IConductBook conduct, StudentCode student) => Wait(conduct.LevelsOfAsync(student, CancellationToken.None));

    public static IReadOnlyList<Remark> RemarksOf(this IConductBook conduct, StudentCode student) => Wait(conduct.RemarksOfAsync(student, CancellationToken.None));

    public static void Save(this ISchoolRecords records, ChangeSet changes) => Wait(records.SaveAsync(changes, CancellationToken.None));

    public static IReadOnlyList<ParentLink> ChildrenOf(this IChatLinks links, ChatAddress chat) => Wait(links.ChildrenOfAsync(chat, CancellationToken.None));

    public static IReadOnlyList<ParentLink> ParentsOf(this IChatLinks links, StudentCode student) => Wait(links.ParentsOfAsync(student, CancellationToken.None));

    public static StaffLink? StaffOf(this IChatLinks links, ChatAddress chat) => Wait(links.StaffOfAsync(chat, CancellationToken.None));

    public static IReadOnlyList<StaffLink> ChatsOfTeacher(this IChatLinks links, string teacherCode) => Wait(links.ChatsOfTeacherAsync(teacherCode, CancellationToken.None));

    public static IReadOnlyList<ParentLink> HistoryOf(this IChatLinks links, StudentCode student) => Wait(links.HistoryOfAsync(student, CancellationToken.None));

    public static void Save(this IChatLinks links, ParentLink link) => Wait(links.SaveAsync(link, CancellationToken.None));

    public static void Save(this IChatLinks links, StaffLink link) => Wait(links.SaveAsync(link, CancellationToken.None));

    public static int Seed(this DemoSeeder seeder, int? studentCount = null) => Wait(seeder.SeedAsync(studentCount));

    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static void Wait(Task task) => task.GetAwaiter().GetResult();
}
