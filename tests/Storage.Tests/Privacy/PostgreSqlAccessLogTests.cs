using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Privacy;

public sealed class PostgreSqlAccessLogTests(PostgreSqlDatabaseFixture database)
    : AccessLogContract(database.Backend()), IClassFixture<PostgreSqlDatabaseFixture>;
