using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Records;

public sealed class PostgreSqlUnitOfWorkTests(PostgreSqlDatabaseFixture database)
    : UnitOfWorkContract(database.Backend()), IClassFixture<PostgreSqlDatabaseFixture>;
