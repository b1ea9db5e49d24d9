using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Delivery;

public sealed class LiteDbOutboxTests() : OutboxContract(new LiteDbBackend());
