using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Demo;

/// <summary>
/// The demo school, a lower secondary school (THCS) with grades 6 to 9, built as a pure function of
/// <see cref="DemoOptions"/>: the same options always give the same students, phones and scores.
/// It holds the staff, the roster and guardians, a full term I of marks, absences, conduct and a
/// few remarks. Term II holds only what the demo's today has reached: nothing with the default
/// today (23/11), which falls in term I. It adds no audit entries: it is seed data, not a change
/// anyone made.
/// </summary>
public static class DemoSchool
{
    public const string Name = "Trường THCS Nguyễn Du";

    public const int Seed = DemoOptions.DefaultSeed;

    /// <summary>The first student of the default school, in <see cref="FirstClass"/>.</summary>
    public const string FirstStudentCode = "HS0001";

    public const string FirstStudentName = "Lê Quỳnh Hằng";

    public const string FirstClass = "6A";

    // The phones below hold for the default options (the seed and the staff plan fix them); a test
    // checks each, so a change to the generator that moves them fails loudly instead of silently.

    /// <summary>HS0001's father (Bố), Lê Thanh Vinh: share it in the chat to verify as his parent.</summary>
    public const string FirstParentPhone = "0117090459";

    /// <summary>HS0001's mother (Mẹ), Bùi Phương Hiền.</summary>
    public const string SecondParentPhone = "0198093334";

    /// <summary>GV001, the principal (Hiệu trưởng), an admin. GV002 is the giáo vụ, also an admin.</summary>
    public const string PrincipalCode = "GV001";

    public const string PrincipalPhone = "0192206768";

    /// <summary>GV003, the homeroom teacher of 6A, who also teaches mathematics in 6A and 6B.</summary>
    public const string HomeroomTeacherCode = "GV003";

    public const string HomeroomTeacherPhone = "0140027539";

    /// <summary>GV013, a subject teacher only: English (Tiếng Anh) in 6A, 6B, 8A and 8B.</summary>
    public const string SubjectTeacherCode = "GV013";

    public const string SubjectTeacherPhone = "0175851465";

    /// <summary>The whole school in one change set: fine for the default 280 students, not for 100,000.</summary>
    public static ChangeSet Build(DemoOptions options) => BuildInBatches(options, int.MaxValue).Single();

    /// <summary>
    /// The school in change sets of at most <paramref name="studentsPerBatch"/> students each, with
    /// every record of those students; the staff come in the first. Built lazily, a batch at a time.
    /// </summary>
    public static IEnumerable<ChangeSet> BuildInBatches(DemoOptions options, int studentsPerBatch)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(studentsPerBatch, 1);
        var layout = new DemoLayout(options);
        return Batches(layout.Classes, options, DemoFaculty.Build(layout, options.Seed, new DemoPhones(options.Seed)), studentsPerBatch);
    }

    public static int CountStudents(DemoOptions options) => new DemoLayout(options).TotalStudents;

    public static IReadOnlyList<ClassName> Classes(DemoOptions options) =>
        new DemoLayout(options).Classes.Select(c => c.Name).ToList();

    /// <summary>
    /// The students of these classes, every record of theirs, in change sets of at most
    /// <paramref name="studentsPerBatch"/>; the staff come in the first. Also a province's (the bench's),
    /// whose classes are many schools' and which has no staff.
    /// </summary>
    internal static IEnumerable<ChangeSet> Batches(IEnumerable<DemoClass> classes, DemoOptions options, IEnumerable<Teacher> staff, int studentsPerBatch)
    {
        var writer = new DemoStudentWriter(options, new DemoPhones(options.Seed), new DemoCalendar(options.Year, options.TodayOrDefault, options.Now));
        var batch = new ChangeSet();
        batch.Teachers.AddRange(staff);
        foreach (var demoClass in classes)
        {
            for (var number = demoClass.FirstNumber; number <= demoClass.LastNumber; number++)
            {
                writer.Write(batch, demoClass, number);
                if (batch.Students.Count < studentsPerBatch) continue;
                yield return batch;
                batch = new ChangeSet();
            }
        }
        if (!batch.IsEmpty) yield return batch;
    }
}
