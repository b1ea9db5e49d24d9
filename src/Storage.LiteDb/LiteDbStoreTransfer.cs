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
        db.FoldSentMarks();
        foreach (var export in LiteDbExportRows.All)
        {
            foreach (var page in Walk(export.Collection, export.OrderedBy, export.TiesWrittenFirst))
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
    /// The collection in the order of one of its keys, with documents of equal keys in the order the
    /// ports' own queries (<c>field = value</c>) give them, through the field's index: a page is the
    /// documents after the last key read, sorted by key; the documents sharing a key with another in the
    /// page, or the page's last key, are read again by that key — whole, so a page boundary never splits
    /// them, and in the index's order, which a sort does not keep. For the audit
    /// (<paramref name="tiesWrittenFirst"/>), whose port reads newest first, a key's records are read
    /// as that reading gives them and turned round: PostgreSQL reads them back newest first in the same order.
    /// </summary>
    private IEnumerable<List<BsonDocument>> Walk(string collection, string field, bool tiesWrittenFirst)
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
            if (field != "_id") page = InIndexOrder(collection, field, page, last, tiesWrittenFirst);
            yield return page;
            after = last;
        }
    }

    /// <summary>The records of one key as a newest-first reading (<c>ORDER BY field DESC</c>) gives them.</summary>
    private static Query NewestFirst(string field, BsonValue key)
    {
        var query = Query.All(field, Query.Descending);
        query.Where.Add(Where.Is(field, key));
        return query;
    }

    /// <summary>The records of one key in the index's order, as the ports' own queries (<c>field = value</c>) give them.</summary>
    private static Query KeyOnly(string field, BsonValue key)
    {
        var query = Query.All();
        query.Where.Add(Where.Is(field, key));
        return query;
    }

    private List<BsonDocument> InIndexOrder(string collection, string field, List<BsonDocument> page, BsonValue last, bool tiesWrittenFirst)
    {
        var ordered = new List<BsonDocument>(page.Count);
        for (var start = 0; start < page.Count;)
        {
            var key = page[start][field];
            var end = start + 1;
            while (end < page.Count && page[end][field] == key) end++;
            if (end - start == 1 && key != last) ordered.Add(page[start]);
            else
            {
                var group = db.Read(() => db.Collection(collection).Find(tiesWrittenFirst ? NewestFirst(field, key) : KeyOnly(field, key)).ToList());
                if (tiesWrittenFirst) group.Reverse();
                ordered.AddRange(group);
            }
            start = end;
        }
        return ordered;
    }
}
