using System.Text.RegularExpressions;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>
/// "… lý do: chấm phúc khảo" (in English "… reason: re-marked") — the reason a correction in a closed term
/// needs, split off a command.
/// </summary>
public static partial class Reasons
{
    public static (string Text, string? Reason) Split(string arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var match = Marker().Match(arguments);
        if (!match.Success) return (arguments, null);
        var reason = arguments[(match.Index + match.Length)..].Trim();
        return (arguments[..match.Index].Trim(), reason.Length == 0 ? null : reason);
    }

    [GeneratedRegex(@"\b(?:l[ýyíiÝYÍI]\s+do|reason)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
