using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Notices;

public sealed class PostgreSqlNoticesTests(PostgreSqlDatabaseFixture database)
    : NoticesContract(database.Backend()), IClassFixture<PostgreSqlDatabaseFixture>;
