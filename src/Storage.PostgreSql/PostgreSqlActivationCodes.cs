using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>One code a holder, the newest saved over the older one; the salt and hash kept as the domain gives them.</summary>
internal sealed class PostgreSqlActivationCodes(PostgreSqlDatabase db) : IActivationCodes
{
    public async Task<ActivationCode?> IssuedForAsync(CodeHolder holder, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            "SELECT salt, hash, expires_on, used_at, used_by FROM activation_codes WHERE holder = @holder", cancellationToken).ConfigureAwait(false))
            .With("holder", holder.Key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return new ActivationCode(holder, reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2),
            reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3), reader.IsDBNull(4) ? null : reader.GetString(4));
    }

    public async Task SaveAsync(ActivationCode code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        await using var command = (await db.CommandAsync(
            """
            INSERT INTO activation_codes (holder, salt, hash, expires_on, used_at, used_by)
            VALUES (@holder, @salt, @hash, @expires_on, @used_at, @used_by)
            ON CONFLICT (holder) DO UPDATE SET salt = excluded.salt, hash = excluded.hash, expires_on = excluded.expires_on,
                used_at = excluded.used_at, used_by = excluded.used_by
            """, cancellationToken).ConfigureAwait(false))
            .With("holder", code.Holder.Key).With("salt", code.Salt).With("hash", code.Hash).With("expires_on", code.ExpiresOn)
            .With("used_at", code.UsedAt?.ToUniversalTime()).With("used_by", code.UsedBy);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
