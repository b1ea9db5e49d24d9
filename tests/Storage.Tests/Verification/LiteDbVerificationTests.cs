using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Verification;

public sealed class LiteDbVerificationTests() : VerificationContract(new LiteDbBackend());
