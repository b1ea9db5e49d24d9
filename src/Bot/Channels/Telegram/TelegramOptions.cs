namespace SoLienLac.Bot.Channels.Telegram;

public enum TelegramMode
{
    Polling,
    Webhook,
}

/// <summary>The <c>Telegram</c> section. The token comes from the environment or user secrets, never a committed file.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>Empty: the Telegram channel is off.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>The Bot API server: Telegram's, or any server that speaks the Bot API (a local one, a test's).</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://api.telegram.org");

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>The public HTTPS address Telegram posts updates to (webhook mode); its path is the endpoint's.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>Sent back by Telegram in <c>X-Telegram-Bot-Api-Secret-Token</c>; required in webhook mode.</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>
    /// Where the webhook endpoint listens, behind the HTTPS proxy that <see cref="WebhookUrl"/> names. It speaks
    /// plain HTTP, so by default only the proxy on the same machine can reach it; a proxy elsewhere needs an address set here.
    /// </summary>
    public Uri WebhookListen { get; set; } = new("http://127.0.0.1:8080");

    /// <summary>The bot's @username, for the t.me deep links printed on the activation letters.</summary>
    public string BotUsername { get; set; } = "";

    /// <summary>Seconds a getUpdates long poll waits for an update.</summary>
    public int PollingTimeoutSeconds { get; set; } = 30;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken);
}
