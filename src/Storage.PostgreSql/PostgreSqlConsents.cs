using System.Data.Common;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Privacy;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>Consents as rows added one an answer, in the order written (<c>seq</c>).</summary>
internal sealed class PostgreSqlConsents(PostgreSqlDatabase db) : IConsents
{
    private const string Columns = "chat, person, at, version, decision";

    public async Task RecordAsync(Consent consent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consent);
        await using var command = (await db.CommandAsync(
            $"INSERT INTO consents ({Columns}) VALUES (@chat, @person, @at, @version, @decision)", cancellationToken).ConfigureAwait(false))
            .With("chat", consent.Chat.Key).With("person", consent.Person).WithTime("at", consent.At)
            .With("version", consent.Version).With("decision", consent.Decision.ToString());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        db.Reads.Forget(ReadSubject.Chat(consent.Chat.Key));
    }

    public Task<Consent?> LatestAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        db.CachedAsync(ReadSubject.Chat(chat.Key), CachedRead.Consent, ct => ReadLatestAsync(chat, ct), cancellationToken);

    private async Task<Consent?> ReadLatestAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            $"SELECT {Columns} FROM consents WHERE chat = @chat ORDER BY seq DESC LIMIT 1", cancellationToken).ConfigureAwait(false))
            .With("chat", chat.Key);
        return (await command.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public async Task<IReadOnlyDictionary<string, Consent>> LatestAsync(IReadOnlyCollection<ChatAddress> chats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chats);
        if (chats.Count == 0) return new Dictionary<string, Consent>();
        await using var command = (await db.CommandAsync(
            $"SELECT DISTINCT ON (chat) {Columns} FROM consents WHERE chat = ANY(@chats) ORDER BY chat, seq DESC", cancellationToken).ConfigureAwait(false))
            .With("chats", chats.Select(c => c.Key).Distinct(StringComparer.Ordinal).ToArray());
        return (await command.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Chat.Key, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Consent>> OfChatAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            $"SELECT {Columns} FROM consents WHERE chat = @chat ORDER BY seq", cancellationToken).ConfigureAwait(false))
            .With("chat", chat.Key);
        return await command.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    private static Consent Read(DbDataReader r)
    {
        var stored = r.GetString(4);
        if (!Enum.TryParse<ConsentDecision>(stored, out var decision)) throw Rows.Damaged("consents", "decision", stored);
        return new Consent(ChatAddress.Parse(r.GetString(0)), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2), r.GetString(3), decision);
    }
}
