using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using SoLienLac.Bot.Hosting;

namespace SoLienLac.Bot.Tests.Hosting;

/// <summary>What a log line looks like: one line an entry, the secrets cut out of the message and the exception.</summary>
public sealed class RedactingConsoleFormatterTests
{
    private const string Token = "7000001:AAE-telegram-secret-half";

    private static string Write(string message, Exception? exception = null, string? timestampFormat = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = Token,
            ["Zalo:WebhookSecret"] = "zalo-webhook-secret",
            ["Storage:ConnectionString"] = "Host=db.sgd.local;Database=solienlac;Username=bot;Password=pg-district-pass",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddSchoolLogging());
        services.Configure<ConsoleFormatterOptions>(o => o.TimestampFormat = timestampFormat);
        using var provider = services.BuildServiceProvider();
        var formatter = provider.GetServices<ConsoleFormatter>().Single(f => f.Name == RedactingConsoleFormatter.FormatterName);
        using var output = new StringWriter();
        formatter.Write(new LogEntry<string>(LogLevel.Warning, "SoLienLac.Test", new EventId(7), message, exception, (s, _) => s), null, output);
        return output.ToString();
    }

    [Fact]
    public void TheSecrets_AreCutOut_OfTheMessageAndTheException_InAnyForm()
    {
        var failure = new InvalidOperationException($"GET /bot{Uri.EscapeDataString(Token)}/getMe failed\nsecond line naming zalo-webhook-secret");

        var line = Write($"calling /bot{Token}/getUpdates, then AAE-telegram-secret-half alone", failure);

        Assert.StartsWith("warn: SoLienLac.Test[7] calling /bot***/getUpdates, then *** alone System.InvalidOperationException: GET /bot***/getMe failed second line naming ***", line);
        Assert.Single(line.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void TheDatabasePassword_IsCutOut_WholeOrAlone()
    {
        var line = Write("connecting with Host=db.sgd.local;Database=solienlac;Username=bot;Password=pg-district-pass",
            new InvalidOperationException("password authentication failed: pg-district-pass"));

        Assert.DoesNotContain("pg-district-pass", line, StringComparison.Ordinal);
        Assert.Contains("connecting with ***", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ATimestamp_ComesFirst_WhenTheConfigurationAsksForOne() =>
        Assert.Matches(new Regex(@"^\d{4}-\d{2}-\d{2} warn: SoLienLac\.Test\[7\] Xin chào"), Write("Xin chào", timestampFormat: "yyyy-MM-dd"));
}
