using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Privacy;

public sealed class PostgreSqlRetentionTests(PostgreSqlDatabaseFixture database)
    : RetentionContract(database.Backend()), IClassFixture<PostgreSqlDatabaseFixture>;
