using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Verification;

public sealed class PostgreSqlVerificationTests(PostgreSqlDatabaseFixture database)
    : VerificationContract(database.Backend()), IClassFixture<PostgreSqlDatabaseFixture>;
