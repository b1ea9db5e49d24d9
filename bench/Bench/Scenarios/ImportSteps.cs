using SoLienLac.Bench.Stores;
using SoLienLac.Bot.School;
using SoLienLac.Bot.SchoolFiles;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.SchoolFiles;

namespace SoLienLac.Bench.Scenarios;

/// <summary>The import verb's work without its start-up: read and check the whole file, then save the changes.</summary>
internal static class ImportSteps
{
    private static readonly Actor Bench = new("bench", "cli", "benchmark");

    public static ImportOutcome Check(OpenStore store, string file)
    {
        ArgumentNullException.ThrowIfNull(store);
        var outcome = store.Get<ScoresImport>().CheckAsync(TableReader.Open(file), Bench, store.Get<SchoolCalendar>().Now, cancellationToken: CancellationToken.None).GetAwaiter().GetResult();
        if (!outcome.IsValid)
            throw new InvalidOperationException($"{file}: {outcome.Errors.Count} errors, the first {outcome.Errors[0]}");
        return outcome;
    }

    public static void CheckAndSave(OpenStore store, string file)
    {
        ArgumentNullException.ThrowIfNull(store);
        Save(store, Check(store, file));
    }

    public static void Save(OpenStore store, ImportOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(outcome);
        store.Get<ISchoolRecords>().SaveAsync(outcome.Changes, CancellationToken.None).GetAwaiter().GetResult();
    }
}
