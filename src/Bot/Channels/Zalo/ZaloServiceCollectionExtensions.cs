using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SoLienLac.Bot.Conversations.Messages;

namespace SoLienLac.Bot.Channels.Zalo;

public static class ZaloServiceCollectionExtensions
{
    /// <summary>The Zalo channel, when <c>Zalo:BotToken</c> is set: a webhook when <c>Zalo:WebhookUrl</c> is, long polling otherwise.</summary>
    public static IServiceCollection AddZaloChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ZaloOptions>().BindConfiguration(ZaloOptions.Section)
            .Validate(o => !o.IsEnabled || o.WebhookUrl is null || o.WebhookSecret.Length >= 16,
                "Zalo:WebhookUrl needs Zalo:WebhookSecret (16 characters or more)")
            .ValidateOnStart();
        var settings = configuration.GetSection(ZaloOptions.Section).Get<ZaloOptions>() ?? new ZaloOptions();
        if (!settings.IsEnabled) return services;

        services.AddHttpClient<ZaloClient>(http => http.Timeout = TimeSpan.FromSeconds(settings.PollingTimeoutSeconds + 30));
        services.AddSingleton<ZaloChannel>();
        services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<ZaloChannel>());
        services.TryAddSingleton<OncePerUpdate>();
        services.AddSingleton<ZaloUpdateHandler>();
        if (settings.WebhookUrl is not null)
        {
            services.AddSingleton<ZaloWebhook>();
            services.AddHostedService(sp => sp.GetRequiredService<ZaloWebhook>());
        }
        else
        {
            services.AddHostedService<ZaloPolling>();
        }
        return services;
    }
}
