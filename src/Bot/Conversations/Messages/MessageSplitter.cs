namespace SoLienLac.Bot.Conversations.Messages;

/// <summary>Splits a long answer into pieces a channel accepts, at line breaks where it can.</summary>
public static class MessageSplitter
{
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 16);
        var pieces = new List<string>();
        var rest = text;
        while (rest.Length > maxLength)
        {
            var cut = rest.LastIndexOf('\n', maxLength - 1);
            if (cut < maxLength / 2) cut = rest.LastIndexOf(' ', maxLength - 1);
            if (cut < maxLength / 2) cut = maxLength;
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart('\n', ' ');
        }
        if (rest.Length > 0 || pieces.Count == 0) pieces.Add(rest);
        return pieces;
    }
}
