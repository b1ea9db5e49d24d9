using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Privacy;

public sealed class LiteDbPersonalDataTests() : PersonalDataContract(new LiteDbBackend());
