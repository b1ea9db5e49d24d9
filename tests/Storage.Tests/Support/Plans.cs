using Npgsql;

namespace SoLienLac.Storage.Tests.Support;

/// <summary>The planner's answer for a store's statement, and plain SQL to fill a table for it.</summary>
internal static class Plans
{
    public static async Task<string> ExplainAsync(string connectionString, string sql, Action<NpgsqlCommand> parameters)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("EXPLAIN " + sql);
        parameters(command);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join('\n', lines);
    }

    public static async Task RunAsync(string connectionString, string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
