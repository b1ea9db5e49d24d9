using SoLienLac.Domain.Links;
using SoLienLac.Domain.Privacy;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>
/// A chat's data erased in one statement: a delete a table by the chat's key; the audit, the teachers'
/// answers to it and its answers to polls rewritten where they name it.
/// </summary>
internal sealed class PostgreSqlPersonalData(PostgreSqlDatabase db) : IPersonalData
{
    private const string Erase =
        """
        WITH a AS (DELETE FROM parent_links WHERE chat = @chat RETURNING 1),
        b AS (DELETE FROM staff_links WHERE chat = @chat RETURNING 1),
        c AS (DELETE FROM parent_settings WHERE chat = @chat RETURNING 1),
        d AS (DELETE FROM chats WHERE chat = @chat RETURNING 1),
        e AS (DELETE FROM consents WHERE chat = @chat RETURNING 1),
        f AS (DELETE FROM standing_choices WHERE chat = @chat RETURNING 1),
        g AS (DELETE FROM pending_files WHERE chat = @chat RETURNING 1),
        h AS (DELETE FROM outbox WHERE chat = @chat RETURNING 1),
        i AS (DELETE FROM verification_failures WHERE chat = @chat RETURNING 1),
        j AS (DELETE FROM leave_requests WHERE chat = @chat AND NOT @keep RETURNING 1),
        jk AS (UPDATE leave_requests SET chat = @erased WHERE chat = @chat AND @keep RETURNING 1),
        k AS (DELETE FROM acknowledgements WHERE chat = @chat RETURNING 1),
        l AS (DELETE FROM access_log WHERE who = @chat RETURNING 1),
        n AS (UPDATE activation_codes SET used_by = @erased WHERE used_by = @chat RETURNING 1),
        o AS (DELETE FROM talk_messages WHERE chat = @chat AND from_parent AND NOT @keep RETURNING 1),
        p AS (UPDATE talk_messages SET chat = @erased WHERE chat = @chat AND (@keep OR NOT from_parent) RETURNING 1),
        q AS (UPDATE poll_answers SET chat = @erased WHERE chat = @chat RETURNING 1),
        m AS (UPDATE audit SET actor = replace(actor, @chat, @erased), what = replace(what, @chat, @erased),
                  old_value = replace(old_value, @chat, @erased), new_value = replace(new_value, @chat, @erased), reason = replace(reason, @chat, @erased)
              WHERE strpos(actor, @chat) > 0 OR strpos(what, @chat) > 0 OR strpos(coalesce(old_value, ''), @chat) > 0
                 OR strpos(coalesce(new_value, ''), @chat) > 0 OR strpos(coalesce(reason, ''), @chat) > 0 RETURNING 1)
        SELECT ((SELECT count(*) FROM a) + (SELECT count(*) FROM b) + (SELECT count(*) FROM c) + (SELECT count(*) FROM d)
              + (SELECT count(*) FROM e) + (SELECT count(*) FROM f) + (SELECT count(*) FROM g) + (SELECT count(*) FROM h)
              + (SELECT count(*) FROM i) + (SELECT count(*) FROM j) + (SELECT count(*) FROM k) + (SELECT count(*) FROM l)
              + (SELECT count(*) FROM m) + (SELECT count(*) FROM n) + (SELECT count(*) FROM o) + (SELECT count(*) FROM p)
              + (SELECT count(*) FROM q) + (SELECT count(*) FROM jk))::int
        """;

    public async Task<int> EraseChatAsync(ChatAddress chat, bool keepCorrespondence, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(Erase, cancellationToken).ConfigureAwait(false))
            .With("chat", chat.Key).With("erased", ErasureRequest.Erased).With("keep", keepCorrespondence);
        var erased = (int)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        db.Reads.ForgetEverything();
        return erased;
    }
}
