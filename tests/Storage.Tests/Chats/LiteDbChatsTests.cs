using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Chats;

public sealed class LiteDbChatsTests() : ChatsContract(new LiteDbBackend());
