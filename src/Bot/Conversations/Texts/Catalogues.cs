using Microsoft.Extensions.Options;
using SoLienLac.Domain.Chats;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>
/// Which catalogue a chat reads: the language it was last seen writing in (Telegram says; Zalo and the
/// local chat do not), else the school's <c>School:Language</c>.
/// </summary>
public sealed class Catalogues(IOptions<SchoolOptions> school, IChatStore store)
{
    public Catalogue Default => Catalogue.For(school.Value.Language);

    /// <summary>The catalogue of a language code, or the school's when there is none.</summary>
    public Catalogue For(string? language) => language is null ? Default : Catalogue.For(language);

    /// <summary>One chat's catalogue, for a message to one chat (a teacher, a parent answered).</summary>
    public async Task<Catalogue> OfAsync(ChatAddress chat, CancellationToken cancellationToken) => (await OfAsync([chat], cancellationToken))(chat);

    /// <summary>
    /// The catalogues of many chats read at once (one read for a class's parents), as a lookup: a chat
    /// not among <paramref name="chats"/> gets the school's.
    /// </summary>
    public async Task<Func<ChatAddress, Catalogue>> OfAsync(IEnumerable<ChatAddress> chats, CancellationToken cancellationToken)
    {
        var known = await store.LanguagesAsync(chats, cancellationToken);
        var fallback = Default;
        return chat => known.TryGetValue(chat.Key, out var language) ? Catalogue.For(language) : fallback;
    }
}
