using SoLienLac.Bot.School;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Domain.Privacy;

namespace SoLienLac.Bot.Conversations.Privacy;

/// <summary>
/// Nothing of a child is shown in a chat before its parent agreed to the consent text the chat is
/// shown now: a parent's command in a linked chat without that consent gets the text and the two
/// buttons instead. Teachers' commands (a teacher may also be a parent) and those marked
/// <see cref="CommandInfo.BeforeConsent"/> pass.
/// </summary>
public sealed class ConsentGate(IConsents consents, ConsentText consentText, SchoolProfiles profiles)
{
    /// <summary>True when the command may run; otherwise the consent is asked and the command does not run.</summary>
    public async Task<bool> LetsThroughAsync(Turn turn, CommandInfo command, CancellationToken cancellationToken) =>
        !ShowsAChild(turn, command) || !await AskIfNeededAsync(turn, cancellationToken);

    /// <summary>
    /// Whether the command, in this chat, shows a parent a child's records: what needs the consent and
    /// what the access log notes. Not a teacher's command (a teacher may also be a parent), not one
    /// for guests, not one marked <see cref="CommandInfo.BeforeConsent"/>.
    /// </summary>
    public static bool ShowsAChild(Turn turn, CommandInfo command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(command);
        if (turn.Children.Count == 0 || command.BeforeConsent || command.Audience.HasFlag(Audience.Guest)) return false;
        return command.Audience.HasFlag(Audience.Parent) && (turn.Teacher is null || !command.Audience.HasFlag(Audience.Teacher));
    }

    /// <summary>Asks for the consent when the chat has children and no consent to the text it is shown now; true when it asked.</summary>
    public async Task<bool> AskIfNeededAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Children.Count == 0) return false;
        var (text, version) = await TextForAsync(turn, cancellationToken);
        var latest = await consents.LatestAsync(turn.Chat, cancellationToken);
        if (latest is not null && latest.CoversText(version)) return false;
        var words = turn.Texts.Privacy;
        var changed = latest is { Decision: ConsentDecision.Agreed };
        turn.Say(new Reply(changed ? words.ChangedText + "\n\n" + text : text)
        {
            Buttons = [[new ReplyButton(words.AgreeButton, $"/dongy co {version}")], [new ReplyButton(words.DeclineButton, $"/dongy khong {version}")]],
        });
        return true;
    }

    /// <summary>The consent text this chat is shown now: naming the schools of its children.</summary>
    public async Task<(string Text, string Version)> TextForAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var names = new List<string>();
        foreach (var school in turn.Children.Select(c => c.ClassName.School).Distinct())
            names.Add((await profiles.OfAsync(school, cancellationToken)).Name);
        return consentText.For(turn.Texts, turn.Chat, names.Count == 0 ? null : string.Join(", ", names.Distinct()));
    }
}
