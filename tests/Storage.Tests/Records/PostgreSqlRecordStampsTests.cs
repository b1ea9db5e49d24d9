using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Records;

public sealed class PostgreSqlRecordStampsTests(PostgreSqlDatabaseFixture database)
    : RecordStampsContract(database.Backend()), IClassFixture<PostgreSqlDatabaseFixture>;
