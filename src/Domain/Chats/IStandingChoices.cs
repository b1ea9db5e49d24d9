using SoLienLac.Domain.Links;

namespace SoLienLac.Domain.Chats;

/// <summary>One choice of a message the bot sent on its own: the letters typed for it, its label, the command it stands for.</summary>
public sealed record StandingChoice(string Key, string Label, string Command, DateTimeOffset ExpiresAt)
{
    /// <summary>"A" … "Z", then "AA", "AB", …: the <paramref name="index"/>-th letters key.</summary>
    public static string KeyAt(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + (index / 26) - 1)}{(char)('A' + (index % 26))}";
}

/// <summary>
/// The choices of messages the bot sent on its own (a leave request's «Duyệt»/«Từ chối», a notice's
/// «Đã xem») to a chat without buttons: each gets letters of its own ("A", "B", then "C", "D" for the
/// next message…), so they never take the numbers of the conversation a person is in the middle of.
/// </summary>
public interface IStandingChoices
{
    /// <summary>How long such choices can be answered: a teacher may see a leave request days later.</summary>
    static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>Letters not in use in this chat for the choices (label, command), kept until they expire; in the choices' order.</summary>
    Task<IReadOnlyList<string>> OfferAsync(ChatAddress chat, IReadOnlyList<(string Label, string Command)> choices, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The choice those letters stand for in this chat, expired or not; null when none.</summary>
    Task<StandingChoice?> FindAsync(ChatAddress chat, string key, CancellationToken cancellationToken);

    /// <summary>Forgets choices expired before <paramref name="before"/>; returns how many.</summary>
    Task<int> ForgetExpiredAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
