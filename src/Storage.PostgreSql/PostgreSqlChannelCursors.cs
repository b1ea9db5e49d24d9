using SoLienLac.Domain.Operations;

namespace SoLienLac.Storage.PostgreSql;

internal sealed class PostgreSqlChannelCursors(PostgreSqlDatabase db) : IChannelCursors
{
    public async Task<long?> PositionAsync(string channel, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync("SELECT position FROM channel_cursors WHERE channel = @channel", cancellationToken).ConfigureAwait(false))
            .With("channel", channel);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long position ? position : null;
    }

    public async Task AdvanceAsync(string channel, long position, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            """
            INSERT INTO channel_cursors (channel, position) VALUES (@channel, @position)
            ON CONFLICT (channel) DO UPDATE SET position = excluded.position
            """, cancellationToken).ConfigureAwait(false))
            .With("channel", channel).With("position", position);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
