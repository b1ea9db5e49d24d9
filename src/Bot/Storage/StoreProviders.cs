using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SoLienLac.Bot.Storage;

/// <summary>
/// A store of a given engine on its own, outside the bot's host: <c>migrate</c> opens two at once,
/// the file it reads and the database it fills, each with the configuration and settings laid over it.
/// </summary>
public static class StoreProviders
{
    public static ServiceProvider Open(StorageProvider provider, IConfiguration configuration, IReadOnlyDictionary<string, string?> settings)
    {
        var laid = new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(laid);
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddStorage(provider);
        return services.BuildServiceProvider();
    }
}
