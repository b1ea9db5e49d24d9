using SoLienLac.Bot.School;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Demo;

/// <summary>Writes the demo school into the store, for the current school year, in batches.</summary>
public sealed class DemoSeeder(ISchoolRecords records, IStudentDirectory students, SchoolCalendar calendar)
{
    private const int StudentsPerBatch = 2_000;

    /// <summary>Creates or refreshes the demo school; returns how many students it has.</summary>
    public int Seed(int? studentCount = null, IProgress<int>? progress = null)
    {
        var year = calendar.Year;
        var options = new DemoOptions
        {
            Year = year,
            Students = studentCount,
            Today = year.Contains(calendar.Today) ? calendar.Today : null,
            Now = year.Contains(calendar.Today) ? TimeOnly.FromDateTime(calendar.Now.DateTime) : null,
        };
        var written = 0;
        foreach (var batch in DemoSchool.BuildInBatches(options, StudentsPerBatch))
        {
            records.Save(batch);
            written += batch.Students.Count;
            progress?.Report(written);
        }
        return written;
    }

    /// <summary>
    /// Whether the store holds a real school (students, but not the demo's first one): the demo's
    /// people, whose phone numbers are public, must never be written into it.
    /// </summary>
    public bool HoldsARealSchool() =>
        students.CountStudents() > 0 && students.Find(StudentCode.Parse(DemoSchool.FirstStudentCode))?.FullName != DemoSchool.FirstStudentName;

    /// <summary>
    /// Whether the store holds the demo school (its first student, or its first parent's phone, which
    /// is in the range kept for the demo): a real school's people must never be written beside it.
    /// </summary>
    public bool HoldsTheDemoSchool() =>
        students.Find(StudentCode.Parse(DemoSchool.FirstStudentCode))?.FullName == DemoSchool.FirstStudentName
        || students.GuardiansWithPhone(PhoneNumber.Parse(DemoSchool.FirstParentPhone)).Count > 0;

    /// <summary>Seeds the demo on the first start of the local chat, when the store has no student at all.</summary>
    public bool SeedIfEmpty()
    {
        if (students.CountStudents() > 0) return false;
        Seed();
        return true;
    }
}
