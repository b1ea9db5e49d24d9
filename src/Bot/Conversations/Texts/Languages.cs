namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>The languages the bot answers in, by their code, and how a chat app's own setting becomes one.</summary>
public static class Languages
{
    public const string Vietnamese = "vi";

    public const string English = "en";

    /// <summary>
    /// A chat app's language tag (Telegram's <c>language_code</c>: "en", "en-GB", "vi", "fr"): English for
    /// any English, Vietnamese for every other language, since the school's own is the better guess than
    /// a language the bot does not speak. Null when the app did not say: the school's default then holds.
    /// </summary>
    public static string? FromClient(string? tag) =>
        string.IsNullOrWhiteSpace(tag) ? null
        : tag.Trim().StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English
        : Vietnamese;
}
