using SoLienLac.Domain.Operations;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Operations;

public sealed class LiteDbOperationsTests() : OperationsContract(new LiteDbBackend())
{
    [Fact]
    public async Task Backup_CopiesTheFile()
    {
        var backup = Port<IStoreBackup>();
        Assert.NotNull(backup.FilePath);
        var copy = Path.Combine(Path.GetDirectoryName(backup.FilePath)!, "copy.db");

        Assert.True(await backup.CopyToAsync(copy, default) > 0);
        Assert.True(File.Exists(copy));
    }
}
