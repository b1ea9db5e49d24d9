using SoLienLac.Domain.Links;

namespace SoLienLac.Domain.Chats;

/// <summary>
/// What is kept of a chat between messages: the step of a flow and the choices last offered (as text
/// only the bot reads), the child chosen, the language the chat was last seen writing in.
/// </summary>
public sealed record StoredChat(ChatAddress Chat, string? Flow, string? SelectedStudent, string? Offer, string? Language);

public interface IChatStore
{
    Task<StoredChat?> LoadAsync(ChatAddress chat, CancellationToken cancellationToken);

    /// <param name="at">When the chat was last touched: a flow untouched for long is forgotten.</param>
    Task SaveAsync(StoredChat chat, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Ends the flows of chats not saved since <paramref name="before"/> (what a person began and left);
    /// the chosen child and the language stay, a chat with nothing else is deleted. Returns how many flows ended.
    /// </summary>
    Task<int> ForgetFlowsUntouchedSinceAsync(DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Many chats' languages in one read (a class's parents), by <see cref="ChatAddress.Key"/>; chats with none are left out.</summary>
    Task<IReadOnlyDictionary<string, string>> LanguagesAsync(IEnumerable<ChatAddress> chats, CancellationToken cancellationToken);
}
