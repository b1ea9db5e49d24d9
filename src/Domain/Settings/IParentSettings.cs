using SoLienLac.Domain.Links;

namespace SoLienLac.Domain.Settings;

/// <summary>Each parent chat's notification settings (the defaults when never changed).</summary>
public interface IParentSettings
{
    Task<ParentSettings> OfAsync(ChatAddress chat, CancellationToken cancellationToken);

    /// <summary>Many chats' settings in one read (a class's parents); chats that never changed them are left out.</summary>
    Task<IReadOnlyDictionary<string, ParentSettings>> OfAsync(IEnumerable<ChatAddress> chats, CancellationToken cancellationToken);

    Task SaveAsync(ChatAddress chat, ParentSettings settings, CancellationToken cancellationToken);
}
