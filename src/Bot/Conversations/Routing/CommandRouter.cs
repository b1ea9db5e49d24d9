using SoLienLac.Domain.Common;

namespace SoLienLac.Bot.Conversations.Routing;

/// <summary>
/// Finds the handler for a command name or alias, and for free text the handler whose phrase it
/// starts with (the longest phrase wins: "diem toan" → /diem with "toan").
/// </summary>
public sealed class CommandRouter
{
    private readonly Dictionary<string, ICommandHandler> _byName = [];
    private readonly List<(string Phrase, ICommandHandler Handler)> _phrases;

    public CommandRouter(IEnumerable<ICommandHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        Handlers = handlers.ToList();
        foreach (var handler in Handlers)
        {
            _byName.Add(handler.Info.Name, handler);
            _byName.Add(handler.Info.Alias, handler);
        }
        _phrases = Handlers
            .SelectMany(h => h.Info.Phrases.Select(p => (Phrase: VietnameseText.Fold(p), Handler: h)))
            .OrderByDescending(p => p.Phrase.Length).ToList();
    }

    public IReadOnlyList<ICommandHandler> Handlers { get; }

    public ICommandHandler? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The command whose interrupt words are the whole text ("hủy", "xác nhận"), or null.</summary>
    public ICommandHandler? MatchInterrupt(string text)
    {
        var folded = VietnameseText.Fold(text.Trim().TrimEnd('?', '!', '.'));
        return Handlers.FirstOrDefault(h => h.Info.Interrupts.Any(i => VietnameseText.Fold(i) == folded));
    }

    public (ICommandHandler Handler, string Arguments)? MatchFreeText(string text)
    {
        var folded = VietnameseText.Fold(text.Trim().TrimEnd('?', '!', '.'));
        foreach (var (phrase, handler) in _phrases)
        {
            if (folded == phrase) return (handler, "");
            if (folded.StartsWith(phrase + " ", StringComparison.Ordinal))
                return (handler, TextAfterWords(text.Trim(), phrase.Split(' ').Length));
        }
        return null;
    }

    /// <summary>The original text (accents kept) after the first <paramref name="words"/> words.</summary>
    private static string TextAfterWords(string text, int words)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts.Skip(words)).TrimEnd('?', '!', '.');
    }
}
