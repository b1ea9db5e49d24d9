using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace SoLienLac.Bot.Hosting;

public static class LoggingBuilderExtensions
{
    /// <summary>
    /// The log: one line an entry, all of it on standard error (standard output carries what a verb
    /// prints), secrets cut out (<see cref="RedactingConsoleFormatter"/>), and no HTTP client logging:
    /// its handlers log every request's URL, and both platforms carry the bot's token in it.
    /// </summary>
    public static ILoggingBuilder AddSchoolLogging(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.ClearProviders();
        logging.AddConsole(o => o.FormatterName = RedactingConsoleFormatter.FormatterName);
        logging.AddConsoleFormatter<RedactingConsoleFormatter, ConsoleFormatterOptions>();
        logging.Services.AddSingleton<SecretRedactor>();
        logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.Services.ConfigureHttpClientDefaults(http => http.RemoveAllLoggers());
        return logging;
    }
}
