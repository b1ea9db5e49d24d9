using SoLienLac.Domain.Links;

namespace SoLienLac.Domain.Privacy;

/// <summary>What a parent answered to the consent text.</summary>
public enum ConsentDecision
{
    /// <summary>"Đồng ý": the school may show the child's records in this chat and send alerts to it.</summary>
    Agreed,

    /// <summary>"Không đồng ý": the chat's links end; nothing is shown or sent.</summary>
    Declined,

    /// <summary>Withdrawn later (<c>/dulieu</c>): as declined, from then on.</summary>
    Withdrawn,
}

/// <summary>
/// One answer to the consent text, kept as proof (Law 91/2025/QH15): which chat (and so which
/// channel), who — the guardians the chat proved it is, with their children — when, to which text
/// (<see cref="Version"/>, a hash of the very text shown), and the answer. Answers are added, never
/// changed: the latest one is in force.
/// </summary>
public sealed record Consent(ChatAddress Chat, string Person, DateTimeOffset At, string Version, ConsentDecision Decision)
{
    public string Channel => Chat.Channel;

    /// <summary>Whether the child's records may be shown: agreed to the text shown now.</summary>
    public bool CoversText(string version) => Decision == ConsentDecision.Agreed && Version == version;

    /// <summary>Whether alerts may be sent: agreed, and not declined or withdrawn since (a changed text is asked again at the next question).</summary>
    public bool AllowsMessages => Decision == ConsentDecision.Agreed;
}
