using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Talk;

public sealed class PostgreSqlTalkThreadsTests(PostgreSqlDatabaseFixture database)
    : TalkThreadsContract(database.Backend()), IClassFixture<PostgreSqlDatabaseFixture>;
