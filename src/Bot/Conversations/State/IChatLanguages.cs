using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations.State;

/// <summary>
/// The language each chat was last seen writing in (kept with its <see cref="ChatState"/>), for what the
/// bot sends on its own. Chats never seen with one are left out: the school's default holds for them.
/// </summary>
public interface IChatLanguages
{
    /// <summary>Many chats' languages in one read (a class's parents), by <see cref="ChatAddress.Key"/>.</summary>
    IReadOnlyDictionary<string, string> Find(IEnumerable<ChatAddress> chats);
}
