using SoLienLac.Domain.Chats;
using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.PostgreSql;

internal sealed class PostgreSqlChatStore(PostgreSqlDatabase db) : IChatStore
{
    public Task<StoredChat?> LoadAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        db.CachedAsync(ReadSubject.Chat(chat.Key), CachedRead.ChatState, ct => ReadAsync(chat, ct), cancellationToken);

    private async Task<StoredChat?> ReadAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            "SELECT flow, selected, offer, language FROM chats WHERE chat = @chat", cancellationToken).ConfigureAwait(false))
            .With("chat", chat.Key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return new StoredChat(chat,
            reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
    }

    public async Task SaveAsync(StoredChat chat, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        await using var command = (await db.CommandAsync(
            """
            INSERT INTO chats (chat, flow, selected, offer, language, touched) VALUES (@chat, @flow, @selected, @offer, @language, @touched)
            ON CONFLICT (chat) DO UPDATE SET flow = excluded.flow, selected = excluded.selected, offer = excluded.offer,
                language = excluded.language, touched = excluded.touched
            """, cancellationToken).ConfigureAwait(false))
            .With("chat", chat.Chat.Key).With("flow", chat.Flow).With("selected", chat.SelectedStudent)
            .With("offer", chat.Offer).With("language", chat.Language).WithTime("touched", at);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        db.Reads.Forget(ReadSubject.Chat(chat.Chat.Key));
    }

    /// <summary>
    /// One statement, one snapshot: chats holding nothing but the flow are deleted, the others keep
    /// the child and the language and lose the flow. The count is of flows ended, by either way.
    /// </summary>
    public async Task<int> ForgetFlowsUntouchedSinceAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            """
            WITH deleted AS (
                DELETE FROM chats WHERE touched < @before AND selected IS NULL AND language IS NULL
                RETURNING flow),
            cleared AS (
                UPDATE chats SET flow = NULL
                WHERE touched < @before AND flow IS NOT NULL AND (selected IS NOT NULL OR language IS NOT NULL)
                RETURNING chat)
            SELECT ((SELECT count(*) FROM deleted WHERE flow IS NOT NULL) + (SELECT count(*) FROM cleared))::int
            """, cancellationToken).ConfigureAwait(false))
            .WithTime("before", before);
        var ended = (int)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        db.Reads.ForgetEverything();
        return ended;
    }

    public async Task<IReadOnlyDictionary<string, string>> LanguagesAsync(IEnumerable<ChatAddress> chats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chats);
        var keys = chats.Select(c => c.Key).Distinct(StringComparer.Ordinal).ToArray();
        var languages = new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.Length == 0) return languages;
        await using var command = (await db.CommandAsync(
            "SELECT chat, language FROM chats WHERE chat = ANY(@keys) AND language IS NOT NULL", cancellationToken).ConfigureAwait(false))
            .With("keys", keys);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            languages[reader.GetString(0)] = reader.GetString(1);
        return languages;
    }
}
