using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace SoLienLac.Bot.Hosting;

/// <summary>
/// One line a log entry, as the simple console formatter writes it with <c>SingleLine</c>
/// (<c>warn: Category[0] message exception</c>, after a timestamp when
/// <c>Logging:Console:FormatterOptions:TimestampFormat</c> asks for one), with every configured secret
/// cut out of the message and the exception (<see cref="SecretRedactor"/>). No colours: the service's
/// log goes to journald, which adds its own time.
/// </summary>
public sealed class RedactingConsoleFormatter(SecretRedactor redactor, IOptionsMonitor<ConsoleFormatterOptions> options) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "solienlac";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        ArgumentNullException.ThrowIfNull(textWriter);
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null) return;
        var line = new StringBuilder();
        if (options.CurrentValue is { TimestampFormat: { } format } o)
        {
            // The wall clock of the log, not the school's clock the conversations are given.
            var now = o.UseUtcTimestamp ? DateTimeOffset.UtcNow : DateTimeOffset.Now;
            line.Append(now.ToString(format, CultureInfo.InvariantCulture)).Append(' ');
        }
        line.Append(Level(logEntry.LogLevel)).Append(": ").Append(logEntry.Category)
            .Append('[').Append(logEntry.EventId.Id.ToString(CultureInfo.InvariantCulture)).Append("] ").Append(message);
        if (logEntry.Exception is { } exception) line.Append(' ').Append(exception);
        line.Replace(Environment.NewLine, " ").Replace('\n', ' ');
        textWriter.WriteLine(redactor.Redact(line.ToString()));
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
