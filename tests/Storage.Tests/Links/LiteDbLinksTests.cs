using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Links;

public sealed class LiteDbLinksTests() : LinksContract(new LiteDbBackend());
