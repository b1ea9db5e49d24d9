using Microsoft.Extensions.DependencyInjection;

namespace SoLienLac.Bot.Demo;

public static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddDemoSchool(this IServiceCollection services) =>
        services.AddSingleton<DemoSeeder>();
}
