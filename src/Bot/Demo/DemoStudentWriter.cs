using SoLienLac.Domain.Records;

namespace SoLienLac.Bot.Demo;

/// <summary>
/// Writes one student's whole record into a change set. Each student draws from a random source
/// of their own, so the result depends only on the options and the student's number.
/// </summary>
internal sealed class DemoStudentWriter(DemoOptions options, DemoPhones phones, DemoCalendar calendar)
{
    public void Write(ChangeSet changes, DemoClass demoClass, int number)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var random = DemoRandom.For(options.Seed, DemoRandom.StudentStream, number);
        var student = DemoProfile.Draw(random, demoClass, number, options.Year, calendar);
        changes.Students.Add(student.ToStudent());
        changes.Guardians[student.Code] = DemoFamilies.Draw(random, student, phones);
        DemoGradebook.Write(changes.Assessments, random, student, calendar);
        DemoAttendance.Write(changes.Absences, random, student, calendar);
        DemoConduct.Write(changes, random, student, calendar);
    }
}
