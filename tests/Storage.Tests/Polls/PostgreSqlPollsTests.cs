using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Polls;

public sealed class PostgreSqlPollsTests(PostgreSqlDatabaseFixture database)
    : PollsContract(database.Backend()), IClassFixture<PostgreSqlDatabaseFixture>;
