using Microsoft.Extensions.DependencyInjection;

namespace SoLienLac.Storage.Tests.Support;

/// <summary>
/// The base of the contract tests: the same assertions run against each engine, each test on an empty
/// store. What a test reads through <see cref="Port{T}"/> is what the bot would be given.
/// </summary>
public abstract class StoreContract(IStoreBackend backend) : IAsyncLifetime
{
    /// <summary>A Monday morning at school, in the school's time zone: instants are compared, whatever the offset.</summary>
    protected static readonly DateTimeOffset T0 = new(2026, 12, 7, 7, 30, 0, TimeSpan.FromHours(7));

    private readonly List<ServiceProvider> _providers = [];

    protected T Port<T>() where T : notnull => _providers[0].GetRequiredService<T>();

    /// <summary>The port as a second process sees the same store (a second thread of this one on LiteDB).</summary>
    protected T PortOfSecondProcess<T>() where T : notnull
    {
        if (backend.OpenSecondProcess() is not { } second) return Port<T>();
        _providers.Add(second);
        return second.GetRequiredService<T>();
    }

    public async Task InitializeAsync() => _providers.Add(await backend.OpenAsync());

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers) await provider.DisposeAsync();
        await backend.DisposeAsync();
    }
}
