using Microsoft.Extensions.DependencyInjection;

namespace SoLienLac.Storage.Tests.Support;

/// <summary>One engine under the contract tests: an empty store for each test, through the engine's one public entry.</summary>
public interface IStoreBackend : IAsyncDisposable
{
    /// <summary>The ports over an empty store.</summary>
    Task<ServiceProvider> OpenAsync();

    /// <summary>
    /// The same store as a second process opens it (its own pool of connections), or null when the
    /// engine allows one process only (LiteDB: the second sender is then a second thread of the first).
    /// </summary>
    ServiceProvider? OpenSecondProcess();
}
