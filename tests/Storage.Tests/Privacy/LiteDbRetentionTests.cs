using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Privacy;

public sealed class LiteDbRetentionTests() : RetentionContract(new LiteDbBackend());
