using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SoLienLac.Storage.LiteDb;

namespace SoLienLac.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The store the configuration chooses (<c>Storage:*</c>), behind the domain's ports.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddLiteDbStorage(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath);
    }
}
