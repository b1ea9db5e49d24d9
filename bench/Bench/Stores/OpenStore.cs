using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Hosting;
using SoLienLac.Storage.LiteDb;

namespace SoLienLac.Bench.Stores;

/// <summary>
/// The bot's host over a database, built and with the file already open: what is left to time is
/// the operation itself, not the start-up. A verb's host, or the serving host with the conversations.
/// </summary>
internal sealed class OpenStore : IDisposable
{
    private static readonly Terminal Silent = new(TextReader.Null, TextWriter.Null, TextWriter.Null, ShowsProgress: false);

    private readonly IHost _host;
    private readonly StoreCopy? _copy;

    private OpenStore(IHost host, StoreCopy? copy)
    {
        _host = host;
        _copy = copy;
        _host.Services.GetRequiredService<SchoolDatabase>();
    }

    /// <summary>Opens the database itself (creating it when missing): for building it and for operations that only read.</summary>
    public static OpenStore On(string path) => Open(path, ForCommand, null);

    /// <summary>Opens a fresh copy of the database: for operations that write.</summary>
    public static OpenStore OnCopyOf(string template) => Open(new StoreCopy(template), ForCommand);

    /// <summary>The serving host (conversations, local chat only, nothing started) over the database itself.</summary>
    public static OpenStore Serving(string path) => Open(path, ForChat, null);

    /// <summary>The serving host over a fresh copy of the database, for conversations that write.</summary>
    public static OpenStore ServingCopyOf(string template) => Open(new StoreCopy(template), ForChat);

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>Closes the file (LiteDB checkpoints its log into it) and deletes the copy; safe to call twice.</summary>
    public void Dispose()
    {
        _host.Dispose();
        _copy?.Dispose();
    }

    private static IHost ForCommand(Dictionary<string, string?> settings) => SchoolHost.BuildForCommand(settings);

    private static IHost ForChat(Dictionary<string, string?> settings) => SchoolHost.BuildService(settings, Silent, chatOnly: true);

    private static OpenStore Open(string path, Func<Dictionary<string, string?>, IHost> build, StoreCopy? copy)
    {
        var host = build(new Dictionary<string, string?> { ["Storage:DatabasePath"] = path });
        try
        {
            return new OpenStore(host, copy);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    private static OpenStore Open(StoreCopy copy, Func<Dictionary<string, string?>, IHost> build)
    {
        try
        {
            return Open(copy.Path, build, copy);
        }
        catch
        {
            copy.Dispose();
            throw;
        }
    }
}
