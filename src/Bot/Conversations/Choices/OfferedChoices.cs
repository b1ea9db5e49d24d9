using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Domain.Chats;

namespace SoLienLac.Bot.Conversations.Choices;

/// <summary>
/// The engine's side of choices: a typed key ("1", "A") becomes the button it stands for before the
/// message is routed, and after a turn the last reply with buttons becomes the chat's offer, numbered.
/// One rule for every channel: Telegram shows buttons, Zalo and the local chat show the keys.
/// </summary>
public sealed class OfferedChoices(IStandingChoices standing, TimeProvider clock)
{
    /// <summary>The message as the button it names, or the key of an offer that has expired; the message as it was otherwise.</summary>
    public async Task<(IncomingMessage Message, string? ExpiredKey)> ResolveAsync(IncomingMessage message, ChatState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(state);
        if (message.Button is not null || message.Text?.Trim() is not { } text) return (message, null);
        var now = clock.GetUtcNow();
        if (ChoiceKeys.IsNumber(text) && state.Offer?.Find(text) is { } choice)
            return state.Offer.HasExpired(now) ? (message, text) : (message with { Button = choice.Command }, null);
        if (ChoiceKeys.IsLetters(text) && await standing.FindAsync(message.Chat, text, cancellationToken) is { } held)
            return now >= held.ExpiresAt ? (message, text.ToUpperInvariant()) : (message with { Button = held.Command }, null);
        return (message, null);
    }

    /// <summary>Numbers the choices of the turn's last reply with buttons and keeps them as the chat's offer; the state as it was when none has buttons.</summary>
    public ChatState Record(ChatState state, List<Reply> replies)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(replies);
        var last = replies.FindLastIndex(r => r.Buttons.Count > 0);
        if (last < 0) return state;
        var buttons = replies[last].Buttons.SelectMany(row => row).ToList();
        var keys = Enumerable.Range(1, buttons.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        replies[last] = replies[last] with { ChoiceKeys = keys };
        var choices = buttons.Select((b, i) => new OfferedChoice(keys[i], b.Label, b.Command)).ToList();
        return state with { Offer = new Offer(Guid.NewGuid().ToString("N"), choices, clock.GetUtcNow() + Offer.Lifetime) };
    }
}
