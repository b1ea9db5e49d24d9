using System.Runtime.CompilerServices;
using Npgsql;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>
/// The database read out table by table, and filled — only when empty — in one transaction, each
/// chunk one binary COPY: a migration cut short leaves the database as empty as it was.
/// </summary>
internal sealed class PostgreSqlStoreTransfer(PostgreSqlDatabase db, NpgsqlDataSource dataSource) : IStoreTransfer
{
    private const int ChunkSize = 1_000;

    /// <summary>Taken for the whole import: two migrations into one database wait for each other, and the second finds it full.</summary>
    private const long ImportLock = 0x536F_4C4C_4D69_6772;

    public string Location
    {
        get
        {
            var settings = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
            return $"PostgreSQL {settings.Host}:{settings.Port}/{settings.Database}";
        }
    }

    public async IAsyncEnumerable<StoreChunk> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var table in TransferTables.All)
        {
            var fields = table.Fields;
            await using var command = await db.CommandAsync($"SELECT {table.Columns} FROM {table.Table} ORDER BY {table.OrderBy}", cancellationToken)
                .ConfigureAwait(false);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var rows = new List<IReadOnlyList<object?>>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var row = new object?[fields.Count];
                for (var i = 0; i < row.Length; i++) row[i] = TransferValues.Read(reader, i, fields[i]);
                rows.Add(row);
                if (rows.Count < ChunkSize) continue;
                yield return new StoreChunk(table.Kind, rows);
                rows = [];
            }
            if (rows.Count > 0) yield return new StoreChunk(table.Kind, rows);
        }
    }

    public async Task<TransferOutcome> ImportAsync(IAsyncEnumerable<StoreChunk> chunks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var locked = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction).With("key", ImportLock))
            await locked.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        var found = await CountAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (found.Count > 0) return TransferOutcome.NotEmpty(found);

        var copied = new Dictionary<StoreKind, long>();
        await foreach (var chunk in chunks.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var table = TransferTables.Of(chunk.Kind);
            var fields = table.Fields;
            await using (var writer = await connection.BeginBinaryImportAsync(
                $"COPY {table.Table} ({table.Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
            {
                foreach (var row in chunk.Rows)
                {
                    if (row.Count != fields.Count) throw new InvalidDataException($"a {chunk.Kind} row has {row.Count} values, not {fields.Count}");
                    await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    for (var i = 0; i < fields.Count; i++)
                        await TransferValues.WriteAsync(writer, fields[i], row[i], cancellationToken).ConfigureAwait(false);
                }
                await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
            copied[chunk.Kind] = copied.GetValueOrDefault(chunk.Kind) + chunk.Rows.Count;
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.Reads.ForgetEverything();
        return TransferOutcome.Copied(copied);
    }

    /// <summary>The kinds the database holds records of, with their counts; the empty kinds are left out.</summary>
    private static async Task<Dictionary<StoreKind, long>> CountAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        CancellationToken cancellationToken)
    {
        var sql = "SELECT " + string.Join(", ", TransferTables.All.Select(t => $"(SELECT count(*) FROM {t.Table})"));
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var found = new Dictionary<StoreKind, long>();
        for (var i = 0; i < TransferTables.All.Count; i++)
            if (reader.GetInt64(i) is > 0 and var count) found[TransferTables.All[i].Kind] = count;
        return found;
    }
}
