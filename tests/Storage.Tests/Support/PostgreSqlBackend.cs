using Microsoft.Extensions.DependencyInjection;

namespace SoLienLac.Storage.Tests.Support;

/// <summary>PostgreSQL on the test class's database, emptied before each test.</summary>
public sealed class PostgreSqlBackend(PostgreSqlDatabaseFixture database) : IStoreBackend
{
    public async Task<ServiceProvider> OpenAsync()
    {
        await database.ClearAsync();
        return database.Open();
    }

    public ServiceProvider? OpenSecondProcess() => database.Open();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
