using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Leave;

public sealed class PostgreSqlLeaveRequestsTests(PostgreSqlDatabaseFixture database)
    : LeaveRequestsContract(database.Backend()), IClassFixture<PostgreSqlDatabaseFixture>;
