using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Privacy;

public sealed class PostgreSqlPersonalDataTests(PostgreSqlDatabaseFixture database)
    : PersonalDataContract(database.Backend()), IClassFixture<PostgreSqlDatabaseFixture>;
