using SoLienLac.Domain.Links;

namespace SoLienLac.Domain.Privacy;

/// <summary>Parents' answers to the consent text, every one kept.</summary>
public interface IConsents
{
    /// <summary>Adds the answer; earlier ones stay as they were.</summary>
    Task RecordAsync(Consent consent, CancellationToken cancellationToken);

    /// <summary>The answer in force for the chat (its latest), or null when it never answered.</summary>
    Task<Consent?> LatestAsync(ChatAddress chat, CancellationToken cancellationToken);

    /// <summary><see cref="LatestAsync(ChatAddress, CancellationToken)"/> for many chats in one read, by chat key; a chat that never answered is absent.</summary>
    Task<IReadOnlyDictionary<string, Consent>> LatestAsync(IReadOnlyCollection<ChatAddress> chats, CancellationToken cancellationToken);

    /// <summary>Every answer of the chat, oldest first.</summary>
    Task<IReadOnlyList<Consent>> OfChatAsync(ChatAddress chat, CancellationToken cancellationToken);
}
