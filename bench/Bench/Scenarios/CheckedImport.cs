using SoLienLac.Bench.Stores;
using SoLienLac.Domain.SchoolFiles;

namespace SoLienLac.Bench.Scenarios;

/// <summary>A fresh copy of the store, open, with the file already checked (and saved, if asked).</summary>
internal sealed class CheckedImport : IDisposable
{
    private CheckedImport(OpenStore store, ImportOutcome outcome)
    {
        Store = store;
        Outcome = outcome;
    }

    public OpenStore Store { get; }

    public ImportOutcome Outcome { get; }

    public static CheckedImport Of(StoreAt template, string file)
    {
        var store = OpenStore.OnCopyOf(template);
        try
        {
            return new CheckedImport(store, ImportSteps.Check(store, file));
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Checked and saved: what is left is closing the store (LiteDB moves its log into the file).</summary>
    public static CheckedImport Saved(StoreAt template, string file)
    {
        var import = Of(template, file);
        try
        {
            ImportSteps.Save(import.Store, import.Outcome);
            return import;
        }
        catch
        {
            import.Dispose();
            throw;
        }
    }

    public void Dispose() => Store.Dispose();
}
