using Npgsql;
using SoLienLac.Bench.Harness;

namespace SoLienLac.Bench.Province;

/// <summary>
/// The bench's own reads of a province database, beside the bot (never instead of it): how big each
/// table is, and what the outbox holds while the bot processes compose and send. Read-only.
/// </summary>
internal sealed class StoreSql(string connectionString) : IDisposable
{
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString + ";Maximum Pool Size=4");

    public long DatabaseBytes() => Scalar<long>("SELECT pg_database_size(current_database())");

    /// <summary>Every table of the bot's (Quartz's included): rows counted, and its bytes with indexes and TOAST.</summary>
    public IReadOnlyList<TableSize> Tables()
    {
        var names = new List<string>();
        using (var command = _source.CreateCommand("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = 'public'"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) names.Add(reader.GetString(0));
        }
        var tables = new List<TableSize>();
        foreach (var name in names)
        {
            var rows = Scalar<long>($"SELECT count(*) FROM \"{name}\"");
            var bytes = Scalar<long>("SELECT pg_total_relation_size($1::regclass)", $"\"{name}\"");
            var data = Scalar<long>("SELECT pg_relation_size($1::regclass)", $"\"{name}\"");
            tables.Add(new TableSize(name, rows, bytes, data));
        }
        return tables.OrderByDescending(t => t.Bytes).ToList();
    }

    /// <summary>The week's summaries in the outbox, by status.</summary>
    public Dictionary<string, long> Weekly(string weekId)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        using var command = _source.CreateCommand("SELECT status, count(*) FROM outbox WHERE id LIKE $1 GROUP BY status");
        command.Parameters.AddWithValue($"weekly:{weekId}:%");
        using var reader = command.ExecuteReader();
        while (reader.Read()) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    /// <summary>How many students the week's summaries are about.</summary>
    public long WeeklyStudents(string weekId) => Scalar<long>("SELECT count(DISTINCT split_part(id, ':', 3)) FROM outbox WHERE id LIKE $1", $"weekly:{weekId}:%");

    /// <summary>The process holding the sender's lease now (there is one bot token), or null.</summary>
    public string? SenderHolder() => Scalar<string?>("SELECT holder FROM sender_leases WHERE until > now() ORDER BY until DESC LIMIT 1");

    /// <summary>When the week's summaries were composed: every one carries the moment its Compose began.</summary>
    public DateTimeOffset? ComposedFrom(string weekId) =>
        Scalar<DateTime?>("SELECT min(created_at) FROM outbox WHERE id LIKE $1", $"weekly:{weekId}:%") is { } at
            ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null;

    /// <summary>The chats the week's summaries are for (the Telegram ids), each as often as it is due.</summary>
    public List<long> WeeklyChats(string weekId)
    {
        var chats = new List<long>();
        using var command = _source.CreateCommand("SELECT chat FROM outbox WHERE id LIKE $1");
        command.Parameters.AddWithValue($"weekly:{weekId}:%");
        using var reader = command.ExecuteReader();
        while (reader.Read()) chats.Add(long.Parse(reader.GetString(0).Split(':')[1], System.Globalization.CultureInfo.InvariantCulture));
        return chats;
    }

    public void Dispose() => _source.Dispose();

    public static void Print(IReadOnlyList<TableSize> tables, long databaseBytes)
    {
        ArgumentNullException.ThrowIfNull(tables);
        Report.Fact("pg_database_size", $"{Mib(databaseBytes)}");
        foreach (var table in tables.Where(t => t.Bytes >= 1024 * 1024))
            Report.Fact($"  {table.Name}", FormattableString.Invariant($"{table.Rows,11:N0} rows  {Mib(table.Bytes),11} (heap {Mib(table.DataBytes)}, indexes and TOAST {Mib(table.Bytes - table.DataBytes)}), {(table.Rows == 0 ? 0 : table.Bytes / (double)table.Rows):0} B a row"));
        var small = tables.Where(t => t.Bytes < 1024 * 1024).ToList();
        Report.Fact($"  {small.Count} smaller tables", $"{Mib(small.Sum(t => t.Bytes))} together");
    }

    public static string Mib(long bytes) => FormattableString.Invariant($"{bytes / 1024.0 / 1024.0:0.0} MiB");

    private T Scalar<T>(string sql, params object[] parameters)
    {
        using var command = _source.CreateCommand(sql);
        foreach (var parameter in parameters) command.Parameters.AddWithValue(parameter);
        var value = command.ExecuteScalar();
        return value is DBNull or null ? default! : (T)value;
    }
}

internal sealed record TableSize(string Name, long Rows, long Bytes, long DataBytes);
