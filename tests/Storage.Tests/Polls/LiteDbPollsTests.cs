using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Polls;

public sealed class LiteDbPollsTests() : PollsContract(new LiteDbBackend());
