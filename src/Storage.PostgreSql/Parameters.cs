using Npgsql;

namespace SoLienLac.Storage.PostgreSql;

internal static class Parameters
{
    /// <summary>A typed parameter: its PostgreSQL type comes from <typeparamref name="T"/>, a null included.</summary>
    public static NpgsqlCommand With<T>(this NpgsqlCommand command, string name, T value)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Add(new NpgsqlParameter<T>(name, value));
        return command;
    }

    /// <summary>An instant for a timestamptz: Npgsql writes only offsets of zero there.</summary>
    public static NpgsqlCommand WithTime(this NpgsqlCommand command, string name, DateTimeOffset value) =>
        command.With(name, value.ToUniversalTime());

    /// <summary>A LIKE pattern matching the ids that begin with <paramref name="prefix"/>, taken literally.</summary>
    public static NpgsqlCommand WithPrefix(this NpgsqlCommand command, string name, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var escaped = prefix.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
        return command.With(name, escaped + "%");
    }
}
