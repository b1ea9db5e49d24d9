using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Links;

public sealed class PostgreSqlLinksTests(PostgreSqlDatabaseFixture database)
    : LinksContract(database.Backend()), IClassFixture<PostgreSqlDatabaseFixture>;
