using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Talk;

public sealed class LiteDbTalkThreadsTests() : TalkThreadsContract(new LiteDbBackend());
