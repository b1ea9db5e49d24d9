using SoLienLac.Bench.Stores;
using SoLienLac.Bot.Conversations.Teaching;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bench.Teaching;

/// <summary>
/// A teacher's batch for one column, as the score-entry flow handles it: <see cref="ScoreEntry.Preview"/>
/// and the preview text shown, then <see cref="ScoreEntry.Apply"/> on «Xác nhận».
/// </summary>
internal sealed record ScoreBatchRequest(Teacher Teacher, ClassName ClassName, Subject Subject, Term Term, Column Column, IReadOnlyList<string> Lines)
{
    public ScoreBatch Preview(OpenStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var batch = store.Get<ScoreEntry>().PreviewAsync(Teacher, ClassName, Subject, Term, Column, Lines, store.Get<SchoolCalendar>().IsClosed(Term), cancellationToken: CancellationToken.None).GetAwaiter().GetResult();
        if (batch.Refused is { } refused) throw new InvalidOperationException($"{Teacher.Code} may not enter {Subject.Name} in {ClassName}: {refused}");
        ScorePreviewText.Render(Catalogue.Vietnamese, batch);
        return batch;
    }

    public int Apply(OpenStore store, ScoreBatch batch)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Get<ScoreEntry>().ApplyAsync(batch, new Actor(Teacher.Code, "telegram", null), store.Get<SchoolCalendar>().Now, CancellationToken.None).GetAwaiter().GetResult();
    }

    public int PreviewAndApply(OpenStore store) => Apply(store, Preview(store));

    public static string Describe(ScoreBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return $"{batch.New.Count} new, {batch.Corrected.Count} corrected, {batch.Unchanged} unchanged, {batch.Issues.Count} refused lines";
    }
}
