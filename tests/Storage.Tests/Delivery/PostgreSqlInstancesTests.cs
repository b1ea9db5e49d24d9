using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Delivery;

public sealed class PostgreSqlInstancesTests(PostgreSqlDatabaseFixture database)
    : InstancesContract(database.Backend()), IClassFixture<PostgreSqlDatabaseFixture>;
