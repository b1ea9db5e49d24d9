using Npgsql;
using SoLienLac.Domain.Chats;
using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.PostgreSql;

internal sealed class PostgreSqlStandingChoices(PostgreSqlDatabase db) : IStandingChoices
{
    /// <summary>
    /// The first half of a two-integer advisory lock a chat (the second is the hash of its key): two
    /// processes offering choices to one chat at once would otherwise both see the same letters free.
    /// </summary>
    private const int ChatLock = 0x5343_4843; // "SCHC"

    public async Task<IReadOnlyList<string>> OfferAsync(ChatAddress chat, IReadOnlyList<(string Label, string Command)> choices, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count == 0) return [];
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var inUse = await LettersInUseAsync(connection, transaction, chat, now, cancellationToken).ConfigureAwait(false);
        var keys = new List<string>();
        for (var index = 0; keys.Count < choices.Count; index++)
        {
            var key = StandingChoice.KeyAt(index);
            if (!inUse.Contains(key)) keys.Add(key);
        }
        // An expired choice's letters are free again: its row is written over.
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO standing_choices (chat, key, label, command, expires_at)
            SELECT @chat, c.key, c.label, c.command, @expires FROM unnest(@keys, @labels, @commands) AS c(key, label, command)
            ON CONFLICT (chat, key) DO UPDATE SET label = excluded.label, command = excluded.command, expires_at = excluded.expires_at
            """, connection, transaction))
        {
            insert.With("chat", chat.Key).WithTime("expires", now + IStandingChoices.Lifetime).With("keys", keys.ToArray())
                .With("labels", choices.Select(c => c.Label).ToArray()).With("commands", choices.Select(c => c.Command).ToArray());
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return keys;
    }

    public async Task<StandingChoice?> FindAsync(ChatAddress chat, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var command = (await db.CommandAsync(
            "SELECT key, label, command, expires_at FROM standing_choices WHERE chat = @chat AND key = @key", cancellationToken).ConfigureAwait(false))
            .With("chat", chat.Key).With("key", key.ToUpperInvariant());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StandingChoice(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3))
            : null;
    }

    public async Task<int> ForgetExpiredAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync("DELETE FROM standing_choices WHERE expires_at < @before", cancellationToken).ConfigureAwait(false))
            .WithTime("before", before);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<HashSet<string>> LettersInUseAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ChatAddress chat,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using (var lockChat = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@class, hashtext(@chat))", connection, transaction))
        {
            lockChat.With("class", ChatLock).With("chat", chat.Key);
            await lockChat.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await using var read = new NpgsqlCommand("SELECT key FROM standing_choices WHERE chat = @chat AND expires_at > @now", connection, transaction);
        read.With("chat", chat.Key).WithTime("now", now);
        var inUse = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            inUse.Add(reader.GetString(0));
        return inUse;
    }
}
