namespace SoLienLac.Bot.Conversations.Messages;

/// <summary>Splits a long answer into pieces a channel accepts, at line breaks where it can.</summary>
public static class MessageSplitter
{
    /// <remarks>
    /// Walks the text by index and copies each piece once: cutting off what is left after each piece
    /// would copy the rest of a long text once per piece (quadratic in its length).
    /// </remarks>
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 16);
        var pieces = new List<string>();
        var start = 0;
        while (text.Length - start > maxLength)
        {
            var cut = text.LastIndexOf('\n', start + maxLength - 1, maxLength) - start;
            if (cut < maxLength / 2) cut = text.LastIndexOf(' ', start + maxLength - 1, maxLength) - start;
            if (cut < maxLength / 2) cut = maxLength;
            pieces.Add(text.AsSpan(start, cut).TrimEnd().ToString());
            start += cut;
            while (start < text.Length && text[start] is '\n' or ' ') start++;
        }
        if (start < text.Length || pieces.Count == 0) pieces.Add(text[start..]);
        return pieces;
    }
}
