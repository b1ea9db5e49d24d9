using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Delivery;

public sealed class LiteDbInstancesTests() : InstancesContract(new LiteDbBackend());
