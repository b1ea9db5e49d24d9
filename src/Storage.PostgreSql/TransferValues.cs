using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>A neutral value written to a COPY and read back from a row, typed by its field.</summary>
internal static class TransferValues
{
    public static Task WriteAsync(NpgsqlBinaryImporter writer, StoreField field, object? value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(field);
        if (value is null)
            return field.Nullable ? writer.WriteNullAsync(cancellationToken) : throw new InvalidDataException($"{field.Name} may not be null");
        var type = TransferTable.TypeOf(field);
        return value switch
        {
            int term when type == NpgsqlDbType.Smallint => writer.WriteAsync(checked((short)term), type, cancellationToken),
            string v => writer.WriteAsync(v, type, cancellationToken),
            bool v => writer.WriteAsync(v, type, cancellationToken),
            int v => writer.WriteAsync(v, type, cancellationToken),
            long v => writer.WriteAsync(v, type, cancellationToken),
            decimal v => writer.WriteAsync(v, type, cancellationToken),
            Guid v => writer.WriteAsync(v, type, cancellationToken),
            DateOnly v => writer.WriteAsync(v, type, cancellationToken),
            TimeOnly v => writer.WriteAsync(v, type, cancellationToken),
            DateTimeOffset v => writer.WriteAsync(v.ToUniversalTime(), type, cancellationToken),
            byte[] v => writer.WriteAsync(v, type, cancellationToken),
            DateOnly[] v => writer.WriteAsync(v, type, cancellationToken),
            string[] v => writer.WriteAsync(v, type, cancellationToken),
            _ => throw new InvalidDataException($"{field.Name}: a {value.GetType()} is not a transfer value"),
        };
    }

    public static object? Read(DbDataReader reader, int ordinal, StoreField field)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(field);
        if (reader.IsDBNull(ordinal)) return null;
        return field.Type switch
        {
            var t when t == typeof(int) && field.Name == "term" => (int)reader.GetInt16(ordinal),
            var t when t == typeof(string) => reader.GetString(ordinal),
            var t when t == typeof(bool) => reader.GetBoolean(ordinal),
            var t when t == typeof(int) => reader.GetInt32(ordinal),
            var t when t == typeof(long) => reader.GetInt64(ordinal),
            var t when t == typeof(decimal) => reader.GetDecimal(ordinal),
            var t when t == typeof(Guid) => reader.GetGuid(ordinal),
            var t when t == typeof(DateOnly) => reader.GetFieldValue<DateOnly>(ordinal),
            var t when t == typeof(TimeOnly) => reader.GetFieldValue<TimeOnly>(ordinal),
            var t when t == typeof(DateTimeOffset) => reader.GetFieldValue<DateTimeOffset>(ordinal),
            var t when t == typeof(byte[]) => reader.GetFieldValue<byte[]>(ordinal),
            var t when t == typeof(DateOnly[]) => reader.GetFieldValue<DateOnly[]>(ordinal),
            var t when t == typeof(string[]) => reader.GetFieldValue<string[]>(ordinal),
            _ => throw new InvalidDataException($"{field.Name}: no reader for {field.Type}"),
        };
    }
}
