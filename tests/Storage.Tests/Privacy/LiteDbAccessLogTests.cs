using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Privacy;

public sealed class LiteDbAccessLogTests() : AccessLogContract(new LiteDbBackend());
