using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SoLienLac.Bot.Conversations.Messages;
using Telegram.Bot;

namespace SoLienLac.Bot.Channels.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>The Telegram channel, when <c>Telegram:BotToken</c> is set: polling or webhook by <c>Telegram:Mode</c>.</summary>
    public static IServiceCollection AddTelegramChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section)
            .Validate(o => !o.IsEnabled || o.Mode == TelegramMode.Polling || (o.WebhookUrl is { IsAbsoluteUri: true } && o.WebhookSecret.Length >= 16),
                "Telegram:Mode=Webhook needs Telegram:WebhookUrl (absolute) and Telegram:WebhookSecret (16 characters or more)")
            .Validate(o => !o.IsEnabled || o.BotToken.Contains(':', StringComparison.Ordinal), "Telegram:BotToken is not a bot token (123456:ABC...)")
            .ValidateOnStart();
        var settings = configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
        if (!settings.IsEnabled) return services;

        services.AddHttpClient(TelegramUpdates.Channel);
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(TelegramUpdates.Channel);
            // The outbox decides when to try again after a 429; the client must not retry on its own.
            return new TelegramBotClient(new TelegramBotClientOptions(o.BotToken, o.ApiBaseUrl.ToString().TrimEnd('/')) { RetryCount = 0 }, http);
        });
        services.AddSingleton<TelegramChannel>();
        services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<TelegramChannel>());
        services.TryAddSingleton<OncePerUpdate>();
        services.AddSingleton<TelegramUpdateHandler>();
        services.AddSingleton<IFileSource, TelegramFiles>();
        services.AddSingleton<TelegramMenu>();
        if (settings.Mode == TelegramMode.Webhook)
        {
            services.AddSingleton<TelegramWebhook>();
            services.AddHostedService(sp => sp.GetRequiredService<TelegramWebhook>());
        }
        else
        {
            services.AddHostedService<TelegramPolling>();
        }
        return services;
    }
}
