using Microsoft.Extensions.Configuration;

namespace SoLienLac.Bot.Hosting;

/// <summary>
/// Cuts the configured secrets out of text bound for the log. Both platforms carry the bot's token in
/// every URL, so any message or exception that names a URL (an HTTP error, a proxy's error page)
/// would otherwise print it; this is the last guard, whatever wrote the line.
/// </summary>
public sealed class SecretRedactor
{
    public const string Mask = "***";

    /// <summary>The configuration keys whose values never reach the log.</summary>
    public static readonly IReadOnlyList<string> SecretKeys =
        ["Telegram:BotToken", "Zalo:BotToken", "Telegram:WebhookSecret", "Zalo:WebhookSecret", "Storage:ConnectionString"];

    /// <summary>Shorter values would blank out ordinary words; the options refuse such secrets anyway.</summary>
    private const int ShortestSecret = 6;

    private readonly string[] _forms;

    public SecretRedactor(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _forms = [.. SecretKeys.Select(k => configuration[k]?.Trim()).OfType<string>().Where(s => s.Length >= ShortestSecret)
            .SelectMany(Forms).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];
    }

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in _forms) text = text.Replace(secret, Mask, StringComparison.Ordinal);
        return text;
    }

    private static IEnumerable<string> Forms(string secret)
    {
        yield return secret;
        yield return Uri.EscapeDataString(secret);
        // A Telegram token is "bot id:secret": the id is public, the part after the colon is what must not leak.
        var colon = secret.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && secret.Length - colon - 1 >= ShortestSecret) yield return secret[(colon + 1)..];
        // A connection string may be printed in parts (a driver's error names the host, never the whole
        // string): its password is masked on its own.
        foreach (var part in secret.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) continue;
            var key = part[..equals].Trim();
            var value = part[(equals + 1)..].Trim().Trim('\'', '"');
            if ((key.Equals("Password", StringComparison.OrdinalIgnoreCase) || key.Equals("Pwd", StringComparison.OrdinalIgnoreCase))
                && value.Length >= ShortestSecret)
                yield return value;
        }
    }
}
