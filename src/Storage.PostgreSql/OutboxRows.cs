using System.Data.Common;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>An outbox row read back as the domain's message.</summary>
internal static class OutboxRows
{
    public const string Columns = "id, chat, body, created_at, not_before, status, attempts, lease_until, sent_at, error, for_holder, leased_by";

    public static OutboxMessage Read(DbDataReader r) =>
        new(r.GetString(0), ChatAddress.Parse(r.GetString(1)), r.GetString(2),
            r.GetFieldValue<DateTimeOffset>(3), r.GetFieldValue<DateTimeOffset>(4))
        {
            Status = Enum.Parse<OutboxStatus>(r.GetString(5)),
            Attempts = r.GetInt32(6),
            LeaseUntil = r.IsDBNull(7) ? null : r.GetFieldValue<DateTimeOffset>(7),
            SentAt = r.IsDBNull(8) ? null : r.GetFieldValue<DateTimeOffset>(8),
            LastError = r.IsDBNull(9) ? null : r.GetString(9),
            For = r.IsDBNull(10) ? null : CodeHolder.FromKey(r.GetString(10)),
            LeasedBy = r.IsDBNull(11) ? null : r.GetString(11),
        };
}
