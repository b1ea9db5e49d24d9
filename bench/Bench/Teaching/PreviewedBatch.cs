using SoLienLac.Bench.Stores;
using SoLienLac.Domain.Entry;

namespace SoLienLac.Bench.Teaching;

/// <summary>A fresh copy of the store, open, with the batch already previewed: what is left is to apply it.</summary>
internal sealed class PreviewedBatch : IDisposable
{
    private PreviewedBatch(OpenStore store, ScoreBatch batch)
    {
        Store = store;
        Batch = batch;
    }

    public OpenStore Store { get; }

    public ScoreBatch Batch { get; }

    public static PreviewedBatch Of(string template, ScoreBatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var store = OpenStore.OnCopyOf(template);
        try
        {
            return new PreviewedBatch(store, request.Preview(store));
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public void Dispose() => Store.Dispose();
}
