using System.Data.Common;
using Npgsql;

namespace SoLienLac.Storage.PostgreSql;

internal static class Rows
{
    /// <summary>Every row the command reads, each made by <paramref name="read"/>.</summary>
    public static async Task<List<T>> ReadAllAsync<T>(this NpgsqlCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(read);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            rows.Add(read(reader));
        return rows;
    }

    public static string? NullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset? NullableTime(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    /// <summary>A stored value this release cannot read: the database was changed by hand or by a bug.</summary>
    public static InvalidDataException Damaged(string table, string field, string value) =>
        new($"stored {field} \"{value}\" in {table} cannot be read");
}
