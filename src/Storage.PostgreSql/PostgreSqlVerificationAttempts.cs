using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>Failed verification attempts, one row each, read back oldest first; the locks are the domain's to work out.</summary>
internal sealed class PostgreSqlVerificationAttempts(PostgreSqlDatabase db) : IVerificationAttempts
{
    /// <summary>A chat's failures, through verification_failures_chat.</summary>
    internal const string OfChatSql = "SELECT at FROM verification_failures WHERE chat = @chat ORDER BY at, id";

    /// <summary>The failures against a code, from any chat, through verification_failures_against.</summary>
    internal const string AgainstSql = "SELECT chat, at FROM verification_failures WHERE against = @against ORDER BY at, id";

    public async Task<IReadOnlyList<DateTimeOffset>> FailuresOfAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(OfChatSql, cancellationToken).ConfigureAwait(false))
            .With("chat", chat.Key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var failures = new List<DateTimeOffset>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            failures.Add(reader.GetFieldValue<DateTimeOffset>(0));
        return failures;
    }

    public async Task<IReadOnlyList<CodeFailure>> FailuresAgainstAsync(string holderCode, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(AgainstSql, cancellationToken).ConfigureAwait(false))
            .With("against", holderCode);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var failures = new List<CodeFailure>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            failures.Add(new CodeFailure(ChatAddress.Parse(reader.GetString(0)), reader.GetFieldValue<DateTimeOffset>(1)));
        return failures;
    }

    public async Task RecordFailureAsync(ChatAddress chat, DateTimeOffset at, string? against, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            "INSERT INTO verification_failures (chat, at, against) VALUES (@chat, @at, @against)", cancellationToken).ConfigureAwait(false))
            .With("chat", chat.Key).WithTime("at", at).With("against", against);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> ForgetBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync("DELETE FROM verification_failures WHERE at < @before", cancellationToken).ConfigureAwait(false))
            .WithTime("before", before);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
