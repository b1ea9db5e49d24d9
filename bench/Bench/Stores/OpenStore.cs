using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoLienLac.Bot.Hosting;
using SoLienLac.Bot.Storage.LiteDb;

namespace SoLienLac.Bench.Stores;

/// <summary>
/// The bot's host over a database, built and with the file already open: what is left to time is
/// the operation itself, not the start-up.
/// </summary>
internal sealed class OpenStore : IDisposable
{
    private readonly IHost _host;
    private readonly StoreCopy? _copy;

    private OpenStore(string path, StoreCopy? copy)
    {
        _copy = copy;
        _host = SchoolHost.BuildForCommand(new Dictionary<string, string?> { ["Storage:DatabasePath"] = path });
        _host.Services.GetRequiredService<SchoolDatabase>();
    }

    /// <summary>Opens the database itself (creating it when missing): for building it and for operations that only read.</summary>
    public static OpenStore On(string path) => new(path, null);

    /// <summary>Opens a fresh copy of the database: for operations that write.</summary>
    public static OpenStore OnCopyOf(string template) => Open(new StoreCopy(template));

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>Closes the file (LiteDB checkpoints its log into it) and deletes the copy; safe to call twice.</summary>
    public void Dispose()
    {
        _host.Dispose();
        _copy?.Dispose();
    }

    private static OpenStore Open(StoreCopy copy)
    {
        try
        {
            return new OpenStore(copy.Path, copy);
        }
        catch
        {
            copy.Dispose();
            throw;
        }
    }
}
