namespace SoLienLac.Bot.Conversations.Routing;

/// <summary>Who a command is for: shown in the help and menu of those people. A command may be for several.</summary>
[Flags]
public enum Audience
{
    /// <summary>Someone not verified yet.</summary>
    Guest = 1,
    Parent = 2,
    Teacher = 4,
    Everyone = Guest | Parent | Teacher,
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

    /// <summary>
    /// Whether the command ends the flow the chat is in before it runs (most do: a person who types
    /// another command has moved on). Help, cancel and confirm do not: they work on the flow.
    /// </summary>
    public bool EndsFlow { get; init; } = true;

    /// <summary>
    /// Words that, typed alone, mean this command even inside a flow — before the flow reads them as
    /// its own answer ("hủy" while the leave form is awaited cancels, it is not a bad form).
    /// </summary>
    public IReadOnlyList<string> Interrupts { get; init; } = [];

    /// <summary>
    /// Whether a parent may use it before consenting (unlinking, the consent's own answers, their data):
    /// every other parent command first asks for the consent (<see cref="Privacy.ConsentGate"/>).
    /// </summary>
    public bool BeforeConsent { get; init; }
}
