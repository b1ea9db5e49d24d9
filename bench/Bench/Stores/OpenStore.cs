using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Hosting;
using SoLienLac.Domain.Students;
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
    private readonly CopiedStore? _copy;

    private OpenStore(IHost host, StoreAt store, CopiedStore? copy)
    {
        _host = host;
        _copy = copy;
        Store = store;
        // Opened now, not at the first timed call: LiteDB's file, or PostgreSQL's pool and schema check.
        if (store.IsLiteDb) _host.Services.GetRequiredService<SchoolDatabase>();
        else _host.Services.GetRequiredService<IStudentDirectory>().CountStudentsAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public StoreAt Store { get; }

    /// <summary>Opens the database itself (creating it when missing): for building it and for operations that only read.</summary>
    public static OpenStore On(string path) => On(StoreAt.LiteDb(path));

    public static OpenStore On(StoreAt store) => Open(store, ForCommand, null);

    /// <summary>Opens a fresh copy of the database: for operations that write.</summary>
    public static OpenStore OnCopyOf(string template) => OnCopyOf(StoreAt.LiteDb(template));

    public static OpenStore OnCopyOf(StoreAt template) => Open(template.Copy(), ForCommand);

    /// <summary>The serving host (conversations, local chat only, nothing started) over the database itself.</summary>
    public static OpenStore Serving(string path) => Serving(StoreAt.LiteDb(path));

    public static OpenStore Serving(StoreAt store) => Open(store, ForChat, null);

    /// <summary>The serving host over the database itself, with settings of its own beside the store's (<c>Storage:ReadCacheEntries</c>…).</summary>
    public static OpenStore Serving(StoreAt store, IReadOnlyDictionary<string, string?> settings) =>
        Open(store, s => ForChat(new Dictionary<string, string?>(s.Concat(settings))), null);

    /// <summary>The serving host over a fresh copy of the database, for conversations that write.</summary>
    public static OpenStore ServingCopyOf(string template) => ServingCopyOf(StoreAt.LiteDb(template));

    public static OpenStore ServingCopyOf(StoreAt template) => Open(template.Copy(), ForChat);

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>Closes the store (LiteDB checkpoints its log into its file) and deletes the copy.</summary>
    public void Dispose()
    {
        _host.Dispose();
        _copy?.Dispose();
    }

    private static IHost ForCommand(Dictionary<string, string?> settings) => SchoolHost.BuildForCommand(settings);

    private static IHost ForChat(Dictionary<string, string?> settings) => SchoolHost.BuildService(settings, Silent, chatOnly: true);

    private static OpenStore Open(StoreAt store, Func<Dictionary<string, string?>, IHost> build, CopiedStore? copy)
    {
        var host = build(store.Settings());
        try
        {
            return new OpenStore(host, store, copy);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    private static OpenStore Open(CopiedStore copy, Func<Dictionary<string, string?>, IHost> build)
    {
        try
        {
            return Open(copy.Store, build, copy);
        }
        catch
        {
            copy.Dispose();
            throw;
        }
    }
}
