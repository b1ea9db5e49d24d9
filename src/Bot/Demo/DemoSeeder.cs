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
    public async Task<int> SeedAsync(int? studentCount = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
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
            // The demo's records came in now: what parents are told as their "cập nhật" time.
            batch.At = calendar.Now;
            await records.SaveAsync(batch, cancellationToken);
            written += batch.Students.Count;
            progress?.Report(written);
        }
        return written;
    }

    /// <summary>
    /// Whether the store holds a real school (students, but not the demo's first one): the demo's
    /// people, whose phone numbers are public, must never be written into it.
    /// </summary>
    public async Task<bool> HoldsARealSchoolAsync(CancellationToken cancellationToken) =>
        await students.CountStudentsAsync(cancellationToken) > 0 && (await students.FindAsync(StudentCode.Parse(DemoSchool.FirstStudentCode), cancellationToken))?.FullName != DemoSchool.FirstStudentName;

    /// <summary>
    /// Whether the store holds the demo school (its first student, or its first parent's phone, which
    /// is in the range kept for the demo): a real school's people must never be written beside it.
    /// </summary>
    public async Task<bool> HoldsTheDemoSchoolAsync(CancellationToken cancellationToken) =>
        (await students.FindAsync(StudentCode.Parse(DemoSchool.FirstStudentCode), cancellationToken))?.FullName == DemoSchool.FirstStudentName
        || (await students.GuardiansWithPhoneAsync(PhoneNumber.Parse(DemoSchool.FirstParentPhone), cancellationToken)).Count > 0;

    /// <summary>Seeds the demo on the first start of the local chat, when the store has no student at all.</summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await students.CountStudentsAsync(cancellationToken) > 0) return false;
        await SeedAsync(cancellationToken: cancellationToken);
        return true;
    }
}
