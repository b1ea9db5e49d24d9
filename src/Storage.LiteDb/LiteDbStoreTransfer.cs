using System.Runtime.CompilerServices;
using LiteDB;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Storage.LiteDb;

/// <summary>
/// The file read out as neutral rows (<see cref="LiteDbExportRows"/>), a collection at a time and a
/// page at a time, so a large school is never in memory whole.
/// </summary>
internal sealed class LiteDbStoreTransfer(SchoolDatabase db) : IStoreTransfer
{
    private const int PageSize = 1_000;

    public string Location => db.Path;

    public async IAsyncEnumerable<StoreChunk> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var export in LiteDbExportRows.All)
        {
            foreach (var page in Walk(export.Collection, export.OrderedBy))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var rows = page.SelectMany(export.Rows).ToList();
                if (rows.Count > 0) yield return new StoreChunk(export.Kind, rows);
                await Task.Yield();
            }
        }
    }

    public Task<TransferOutcome> ImportAsync(IAsyncEnumerable<StoreChunk> chunks, CancellationToken cancellationToken) =>
        new LiteDbImport(db).RunAsync(chunks, cancellationToken);

    /// <summary>
    /// The collection in the order of one of its indexes, with documents of equal keys in that index's
    /// order (the order they were written in): a page is the documents after the last key read; the
    /// documents sharing the page's last key are then read whole, by that key, so a page boundary never
    /// splits them and the index's own comparison (its collation) decides what is equal.
    /// </summary>
    private IEnumerable<List<BsonDocument>> Walk(string collection, string field)
    {
        var after = BsonValue.MinValue;
        while (true)
        {
            var page = db.Read(() =>
            {
                var query = Query.All(field);
                query.Where.Add(Where.Matches($"{field} > @0", after));
                return db.Collection(collection).Find(query, 0, PageSize).ToList();
            });
            if (page.Count == 0) yield break;
            var last = page[^1][field];
            var group = db.Read(() => db.Collection(collection).Find(Where.Is(field, last)).ToList());
            var ids = group.Select(d => d["_id"]).ToHashSet();
            page.RemoveAll(d => ids.Contains(d["_id"]));
            page.AddRange(group);
            yield return page;
            after = last;
        }
    }
}
