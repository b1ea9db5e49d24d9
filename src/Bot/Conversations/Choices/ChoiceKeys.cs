using System.Globalization;
using SoLienLac.Bot.Conversations.Messages;

namespace SoLienLac.Bot.Conversations.Choices;

/// <summary>The keys typed for choices: numbers for a conversation's, letters for a message the bot sent on its own.</summary>
public static class ChoiceKeys
{
    public static bool IsNumber(string text) =>
        text.Length is >= 1 and <= 2 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1;

    public static bool IsLetters(string text) => text.Length is >= 1 and <= 2 && text.All(char.IsAsciiLetter);

    /// <summary>"1. Xác nhận" lines for a channel that shows no buttons; empty when the reply offers none.</summary>
    public static IEnumerable<(string Key, string Label)> Listed(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var buttons = reply.Buttons.SelectMany(row => row).ToList();
        for (var i = 0; i < buttons.Count && i < reply.ChoiceKeys.Count; i++) yield return (reply.ChoiceKeys[i], buttons[i].Label);
    }
}
