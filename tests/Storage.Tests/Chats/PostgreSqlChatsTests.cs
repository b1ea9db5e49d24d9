using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Chats;

public sealed class PostgreSqlChatsTests(PostgreSqlDatabaseFixture database)
    : ChatsContract(database.Backend()), IClassFixture<PostgreSqlDatabaseFixture>;
