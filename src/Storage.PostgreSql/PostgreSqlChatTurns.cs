using System.Globalization;
using Npgsql;
using SoLienLac.Domain.Chats;
using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>
/// A chat's turn is a session advisory lock on a connection of its own, held while the turn runs:
/// (<see cref="TurnClass"/>, hash of the chat's key) — another process's turn of the same chat waits for it;
/// a process that dies mid-turn lets it go with its connection.
/// </summary>
internal sealed class PostgreSqlChatTurns(PostgreSqlDatabase db) : IChatTurns
{
    /// <summary>The first half of the lock, apart from the other two-integer locks the stores take ("Turn").</summary>
    private const int TurnClass = 0x5475_726E;

    public async Task<IAsyncDisposable> TakeAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // With the lock, a fence to this process's listener: once heard, every change committed before the
            // turn began (the chat's last turn, in whatever process) has been forgotten by its read cache.
            var fence = db.Reads.NextFence();
            await using (var take = new NpgsqlCommand(
                fence is null ? "SELECT pg_advisory_lock(@class, hashtext(@chat))" : "SELECT pg_advisory_lock(@class, hashtext(@chat)), pg_notify(@channel, @fence)",
                connection))
            {
                take.With("class", TurnClass).With("chat", chat.Key);
                if (fence is { } f) take.With("channel", f.Channel).With("fence", f.Number.ToString(CultureInfo.InvariantCulture));
                await take.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            if (fence is { } sent) await db.Reads.HeardAsync(sent.Number, cancellationToken).ConfigureAwait(false);
            return new Turn(connection, chat.Key);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private sealed class Turn(NpgsqlConnection connection, string chat) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var give = new NpgsqlCommand("SELECT pg_advisory_unlock(@class, hashtext(@chat))", connection)
                    .With("class", TurnClass).With("chat", chat);
                await give.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            finally
            {
                // Back to the pool: a lock left on it by a failed unlock is let go by the reset on return.
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
