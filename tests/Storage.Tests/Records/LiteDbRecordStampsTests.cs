using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Records;

public sealed class LiteDbRecordStampsTests() : RecordStampsContract(new LiteDbBackend());
