using System.Globalization;
using Npgsql;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>
/// The database's schema, as steps: step <c>n</c> takes a database from version <c>n</c> to
/// <c>n + 1</c>, and <c>schema_version</c> keeps a row for every version reached. Each step runs in
/// a transaction of its own together with the row that records it, so a step cut short leaves the
/// database at the version before and is run again, whole. A database at a version above the last
/// step was written by a newer release and is refused rather than misread.
/// </summary>
internal sealed class Schema(IReadOnlyList<string> steps)
{
    /// <summary>
    /// Taken, inside each step's transaction, before the version is read: two processes starting at
    /// once on a new database would otherwise both create the tables. Advisory locks of one bigint
    /// never meet those of two integers (what the stores take per chat).
    /// </summary>
    private const long UpgradeLock = 0x536F_4C69_656E_4C61; // "SoLienLa"

    /// <summary>This release's steps: the SQL files embedded from Schema/, in the order of their names.</summary>
    public static Schema Known { get; } = new(SchemaScripts.Load());

    /// <summary>The version this code writes and reads.</summary>
    public int Version => steps.Count;

    /// <summary>Creates the schema or brings it up to <see cref="Version"/>; returns the version found before.</summary>
    /// <exception cref="InvalidOperationException">The database's schema is newer than this code knows.</exception>
    public async Task<int> UpgradeAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        int? found = null;
        while (true)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var version = await LockAndReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            found ??= version;
            if (version > Version)
                throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture,
                    "The PostgreSQL database {0} has schema version {1}, written by a newer SoLienLac; this release knows schema {2} at most. " +
                    "Run the newer release (or restore a backup made by this one).", connection.Database, version, Version));
            if (version == Version)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return found.Value;
            }
            await using (var step = new NpgsqlCommand(steps[version], connection, transaction))
                await step.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await using (var record = new NpgsqlCommand("INSERT INTO schema_version (version, applied_at) VALUES (@version, now())", connection, transaction))
            {
                record.Parameters.Add(new NpgsqlParameter<int>("version", version + 1));
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The version table is created only when missing: a database user allowed to read and write the
    /// tables but not to create any (the owner ran the upgrade) still starts on a current schema.
    /// </summary>
    private static async Task<int> LockAndReadVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@lock)", connection, transaction))
        {
            take.Parameters.Add(new NpgsqlParameter<long>("lock", UpgradeLock));
            await take.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('schema_version') IS NOT NULL", connection, transaction))
        {
            if ((bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
            {
                await using var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version", connection, transaction);
                return (int)(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            }
        }
        await using var create = new NpgsqlCommand(
            "CREATE TABLE schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL)", connection, transaction);
        await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
