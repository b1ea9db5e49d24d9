using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Notices;

public sealed class LiteDbNoticesTests() : NoticesContract(new LiteDbBackend());
