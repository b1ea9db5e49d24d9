namespace SoLienLac.Bot.Channels.Zalo;

/// <summary>The <c>Zalo</c> section: the Zalo Bot Platform channel. The token comes from the environment or user secrets.</summary>
public sealed class ZaloOptions
{
    public const string Section = "Zalo";

    /// <summary>Empty: the Zalo channel is off.</summary>
    public string BotToken { get; set; } = "";

    public Uri ApiBaseUrl { get; set; } = new("https://bot-api.zaloplatforms.com");

    /// <summary>Set: webhook mode (Zalo posts to it); empty: long polling. The two are exclusive.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>Sent back by Zalo in <c>X-Bot-Api-Secret-Token</c>; required in webhook mode.</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>
    /// Where the webhook endpoint listens, behind the HTTPS proxy that <see cref="WebhookUrl"/> names. It speaks
    /// plain HTTP, so by default only the proxy on the same machine can reach it; a proxy elsewhere needs an address set here.
    /// </summary>
    public Uri WebhookListen { get; set; } = new("http://127.0.0.1:8081");

    public int PollingTimeoutSeconds { get; set; } = 30;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken);
}
