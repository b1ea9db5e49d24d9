using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Storage.LiteDb;

namespace SoLienLac.Storage.Tests.Support;

/// <summary>LiteDB on a file of its own in a temporary folder, deleted after the test.</summary>
public sealed class LiteDbBackend : IStoreBackend
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "solienlac-storage-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_folder, "school.db");

    public Task<ServiceProvider> OpenAsync() =>
        Task.FromResult(new ServiceCollection().AddLiteDbStorage(_ => DatabasePath).BuildServiceProvider());

    public ServiceProvider? OpenSecondProcess() => null;

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
