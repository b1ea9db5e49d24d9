namespace SoLienLac.Domain.Links;

/// <summary>A chat on one channel ("telegram", "zalo", "console") — where a person talks to the bot.</summary>
public readonly record struct ChatAddress(string Channel, string Id)
{
    public string Key => $"{Channel}:{Id}";

    public static ChatAddress Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) throw new FormatException($"\"{key}\" is not channel:id");
        return new ChatAddress(key[..colon], key[(colon + 1)..]);
    }

    public override string ToString() => Key;
}
