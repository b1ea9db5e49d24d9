using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Records;

public sealed class PostgreSqlRecordsTests(PostgreSqlDatabaseFixture database)
    : RecordsContract(database.Backend()), IClassFixture<PostgreSqlDatabaseFixture>;
