using SoLienLac.Bench.Stores;
using SoLienLac.Domain.SchoolFiles;

namespace SoLienLac.Bench.Scenarios;

/// <summary>A fresh copy of the store, open, with the file already checked: what is left is the save.</summary>
internal sealed class CheckedImport : IDisposable
{
    private CheckedImport(OpenStore store, ImportOutcome outcome)
    {
        Store = store;
        Outcome = outcome;
    }

    public OpenStore Store { get; }

    public ImportOutcome Outcome { get; }

    public static CheckedImport Of(string template, string file)
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

    public void Dispose() => Store.Dispose();
}
