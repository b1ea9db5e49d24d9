using SoLienLac.Domain.Operations;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Operations;

public sealed class PostgreSqlOperationsTests(PostgreSqlDatabaseFixture database)
    : OperationsContract(database.Backend()), IClassFixture<PostgreSqlDatabaseFixture>
{
    [Fact]
    public async Task Backup_HasNoFile_AndIsLeftToPostgreSqlsTools()
    {
        var backup = Port<IStoreBackup>();

        Assert.Null(backup.FilePath);
        var refused = await Assert.ThrowsAsync<NotSupportedException>(() => backup.CopyToAsync("/tmp/copy.db", default));
        Assert.Contains("pg_dump", refused.Message, StringComparison.Ordinal);
    }
}
