using SoLienLac.Bench.Stores;
using SoLienLac.Bot.School;
using SoLienLac.Bot.SchoolFiles;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.SchoolFiles;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bench.Teaching;

/// <summary>
/// What <c>GradebookFileHandler</c> does with a teacher's file before it shows the preview (its
/// <c>Check</c> is private, so this repeats its steps): the downloaded bytes to a temporary file,
/// <see cref="TableReader"/>, the 2,000-row cap, and <see cref="ScoresImport.Check"/> allowing only
/// the teacher's own subjects and classes.
/// </summary>
internal static class GradebookCheck
{
    private const int MaxRows = 2_000;

    public static ImportOutcome Run(OpenStore store, Teacher teacher, string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(teacher);
        var calendar = store.Get<SchoolCalendar>();
        var path = Path.Combine(Path.GetTempPath(), $"solienlac-{Guid.NewGuid():N}{Path.GetExtension(fileName)}");
        File.WriteAllBytes(path, content);
        try
        {
            var table = TableReader.Open(path);
            if (table.Rows.Skip(MaxRows).Any()) throw new InvalidOperationException($"{fileName} has more than {MaxRows} rows");
            table = table with { FileName = fileName };
            var outcome = store.Get<ScoresImport>().Check(table, new Actor(teacher.Code, "telegram", $"bảng điểm {fileName}"), calendar.Now,
                permitted: (student, mark) =>
                    Authorization.Check(teacher, TeacherAction.EnterScores, student.ClassName, mark.Subject, calendar.IsClosed(mark.Term)) is null);
            if (!outcome.IsValid) throw new InvalidOperationException($"{fileName}: {outcome.Errors.Count} errors, the first {outcome.Errors[0]}");
            return outcome;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
