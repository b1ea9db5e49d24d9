using SoLienLac.Bench.Stores;
using SoLienLac.Bot.School;
using SoLienLac.Bot.SchoolFiles;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.SchoolFiles;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bench.Teaching;

/// <summary>
/// What <c>GradebookFileHandler</c> does with a teacher's file before it shows the preview (its
/// <c>Check</c> is private, so this repeats its steps): <see cref="TableReader"/> on the downloaded
/// bytes in memory (the size check of the workbook's parts included), the 2,000-row cap, and
/// <see cref="ScoresImport.Check"/> allowing only the teacher's own subjects and classes.
/// </summary>
internal static class GradebookCheck
{
    private const int MaxRows = 2_000;

    public static ImportOutcome Run(OpenStore store, Teacher teacher, string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(teacher);
        var calendar = store.Get<SchoolCalendar>();
        var table = TableReader.Open(fileName, content);
        if (table.Rows.Skip(MaxRows).Any()) throw new InvalidOperationException($"{fileName} has more than {MaxRows} rows");
        var outcome = store.Get<ScoresImport>().CheckAsync(table, new Actor(teacher.Code, "telegram", $"bảng điểm {fileName}"), calendar.Now,
            permitted: (student, mark) =>
                Authorization.Check(teacher, TeacherAction.EnterScores, student.ClassName, mark.Subject, calendar.IsClosed(mark.Term)) is null, cancellationToken: CancellationToken.None).GetAwaiter().GetResult();
        if (!outcome.IsValid) throw new InvalidOperationException($"{fileName}: {outcome.Errors.Count} errors, the first {outcome.Errors[0]}");
        return outcome;
    }
}
