using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Conversations.State;

namespace SoLienLac.Bot.Conversations.Privacy;

public static class PrivacyFeature
{
    /// <summary>The consent asked before any record, its answers, and a parent's own data (<c>/dulieu</c>).</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section);
        services.AddSingleton<ConsentText>();
        services.AddSingleton<ConsentGate>();
        services.AddSingleton<Erasures>();
        services.AddSingleton<AccessRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<AccessRecorder>());
        return services.AddCommand<MyDataHandler>().AddCommand<ErasureHandler>().AddCommand<ConsentHandler>();
    }
}
