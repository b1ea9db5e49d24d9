using SoLienLac.Domain.Common;

namespace SoLienLac.Bot.Conversations.Routing;

/// <summary>A typed command split into its name and the rest: "/diem@SoLienLacBot Toán" → ("diem", "Toán").</summary>
public readonly record struct CommandText(string Name, string Arguments)
{
    public static bool TryParse(string? text, out CommandText command)
    {
        command = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed[0] != '/' || trimmed.Length < 2) return false;
        var space = trimmed.IndexOfAny([' ', '\n', '\t']);
        var head = space < 0 ? trimmed[1..] : trimmed[1..space];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0) head = head[..at];
        if (head.Length == 0) return false;
        command = new CommandText(VietnameseText.Fold(head), space < 0 ? "" : trimmed[(space + 1)..].Trim());
        return true;
    }
}
