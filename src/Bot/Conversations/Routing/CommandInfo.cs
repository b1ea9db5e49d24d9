namespace SoLienLac.Bot.Conversations.Routing;

/// <summary>Who a command is for: shown in that person's help and menu.</summary>
public enum Audience
{
    Everyone,
    Parent,
    Teacher,
}

/// <summary>
/// A command's names: the Vietnamese one (the Telegram command), its English alias, and the
/// phrases of free text that mean it, accents and case aside ("xem diem" = "xem điểm").
/// </summary>
public sealed record CommandInfo(string Name, string Alias, Audience Audience, string Vietnamese, string English)
{
    public IReadOnlyList<string> Phrases { get; init; } = [];

    /// <summary>Listed in the channel's command menu and in /trogiup.</summary>
    public bool InMenu { get; init; } = true;
}
