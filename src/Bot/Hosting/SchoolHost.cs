using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SoLienLac.Bot.Channels.Console;
using SoLienLac.Bot.Channels.Telegram;
using SoLienLac.Bot.Channels.Zalo;
using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Conversations;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Delivery;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Reports.ContactBook;
using SoLienLac.Bot.Scheduling;
using SoLienLac.Bot.School;
using SoLienLac.Bot.Storage;

namespace SoLienLac.Bot.Hosting;

/// <summary>
/// The Generic Host every verb runs in: appsettings.json beside the executable, then user secrets,
/// then the environment (<c>Section__Key</c>), then the verb's own settings (<c>--db</c>). Logs go to standard error so that
/// standard output carries only what the verb prints (JSON, CSV, chat replies).
/// </summary>
public static class SchoolHost
{
    public static HostApplicationBuilder CreateBuilder(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = "SoLienLac.Bot",
        });
        builder.Configuration.AddUserSecrets(typeof(SchoolHost).Assembly, optional: true);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddSchoolLogging();
        builder.Services.AddSchool().AddStorage(StorageProviderOf(builder.Configuration)).AddTexts().AddDemoSchool().AddContactBook();
        builder.Services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section);
        builder.Services.AddOptions<InstanceOptions>().BindConfiguration(InstanceOptions.Section);
        builder.Services.AddSingleton<EndedLinkNotices>();
        return builder;
    }

    /// <summary>
    /// The serving host: the conversations, the local chat, and (unless <paramref name="chatOnly"/>)
    /// every channel the configuration turns on. <paramref name="overrides"/> lets a test replace a
    /// service (the clock, say) after everything is registered.
    /// </summary>
    public static IHost BuildService(IReadOnlyDictionary<string, string?> settings, Terminal terminal, bool chatOnly,
        Action<IServiceCollection>? overrides = null)
    {
        var builder = CreateBuilder(settings);
        builder.Services.AddConversations().AddDelivery();
        builder.Services.AddSingleton(terminal);
        builder.Services.AddSingleton<ConsoleIdentity>();
        builder.Services.AddSingleton<ConsoleChat>();
        builder.Services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<ConsoleChat>());
        builder.Services.AddSingleton<IFileSource, ConsoleFiles>();
        builder.Services.AddHostedService<HandOffInbox>();
        if (!chatOnly) builder.Services.AddTelegramChannel(builder.Configuration).AddZaloChannel(builder.Configuration);
        var schedule = builder.Configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(builder.Configuration["School:TimeZone"] ?? "Asia/Ho_Chi_Minh");
        var backup = builder.Configuration.GetSection(BackupOptions.Section).Get<BackupOptions>() ?? new BackupOptions();
        var clustered = StorageProviderOf(builder.Configuration) == StorageProvider.PostgreSql ? builder.Configuration["Storage:ConnectionString"] : null;
        builder.Services.AddScheduling(schedule.WeeklySummaryCron, backup, zone, clustered);
        overrides?.Invoke(builder.Services);
        var host = builder.Build();
        host.Services.GetRequiredService<IStartupValidator>().Validate();
        return host;
    }

    /// <summary><c>Storage:Provider</c>, read before the services are registered: it decides which are.</summary>
    public static StorageProvider StorageProviderOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"];
        if (string.IsNullOrWhiteSpace(text)) return StorageProvider.LiteDb;
        if (Enum.TryParse<StorageProvider>(text.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)) return provider;
        throw new OptionsValidationException(StorageOptions.Section, typeof(StorageOptions),
            [$"Storage:Provider \"{text}\" không hợp lệ: chọn LiteDb (một tệp, một tiến trình) hoặc PostgreSql (nhiều tiến trình)."]);
    }

    /// <summary>A host for a one-shot verb: built, its options checked, never started.</summary>
    public static IHost BuildForCommand(IReadOnlyDictionary<string, string?> settings)
    {
        var host = CreateBuilder(settings).Build();
        host.Services.GetRequiredService<IStartupValidator>().Validate();
        return host;
    }
}
