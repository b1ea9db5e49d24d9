using SoLienLac.Domain.Chats;
using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.PostgreSql;

internal sealed class PostgreSqlPendingFiles(PostgreSqlDatabase db) : IPendingFiles
{
    public async Task KeepAsync(ChatAddress chat, PendingFile file, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var command = (await db.CommandAsync(
            """
            INSERT INTO pending_files (chat, file_name, content, kept_at) VALUES (@chat, @name, @content, @at)
            ON CONFLICT (chat) DO UPDATE SET file_name = excluded.file_name, content = excluded.content, kept_at = excluded.kept_at
            """, cancellationToken).ConfigureAwait(false))
            .With("chat", chat.Key).With("name", file.FileName).With("content", file.Content).WithTime("at", at);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the file and leaves it kept: it goes only when confirmed, cancelled or too old.</summary>
    public async Task<PendingFile?> TakeAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            "SELECT file_name, content FROM pending_files WHERE chat = @chat", cancellationToken).ConfigureAwait(false))
            .With("chat", chat.Key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new PendingFile(reader.GetString(0), reader.GetFieldValue<byte[]>(1))
            : null;
    }

    public async Task ForgetAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync("DELETE FROM pending_files WHERE chat = @chat", cancellationToken).ConfigureAwait(false))
            .With("chat", chat.Key);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> ForgetKeptBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync("DELETE FROM pending_files WHERE kept_at < @before", cancellationToken).ConfigureAwait(false))
            .WithTime("before", before);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
