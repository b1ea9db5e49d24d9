using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Privacy;

public sealed class PostgreSqlConsentsTests(PostgreSqlDatabaseFixture database)
    : ConsentsContract(database.Backend()), IClassFixture<PostgreSqlDatabaseFixture>;
