using SoLienLac.Storage.LiteDb;

namespace SoLienLac.Storage.Tests.Schema;

public sealed class LiteDbSchemaTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "solienlac-storage-tests", Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "school.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AFileFromANewerRelease_IsRefused_SayingWhichVersionAndWhichTheCodeKnows()
    {
        using (var db = SchoolDatabase.Open(DatabasePath))
            db.UserVersion = LiteDb.Schema.Current + 1;

        var refused = Assert.Throws<InvalidOperationException>(() => SchoolDatabase.Open(DatabasePath));

        Assert.Contains($"schema {LiteDb.Schema.Current + 1}, this one knows {LiteDb.Schema.Current}", refused.Message, StringComparison.Ordinal);
    }
}
