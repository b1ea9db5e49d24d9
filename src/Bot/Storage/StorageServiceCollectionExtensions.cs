using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Storage.PostgreSql;

namespace SoLienLac.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The store the configuration chooses (<c>Storage:Provider</c>), behind the domain's ports: the one
    /// place the bot names an engine.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, StorageProvider provider)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return provider switch
        {
            StorageProvider.PostgreSql => services.AddPostgreSqlStorage(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString!,
                sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.ReadCacheEntries),
            _ => services.AddLiteDbStorage(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath),
        };
    }
}
