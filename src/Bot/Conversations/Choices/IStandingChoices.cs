using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations.Choices;

/// <summary>
/// The choices of messages the bot sent on its own (a leave request's «Duyệt»/«Từ chối», a notice's
/// «Đã xem») to a chat without buttons: each gets letters of its own ("A", "B", then "C", "D" for the
/// next message…), so they never take the numbers of the conversation a person is in the middle of.
/// </summary>
public interface IStandingChoices
{
    /// <summary>How long such choices can be answered: a teacher may see a leave request days later.</summary>
    static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>Letters not in use in this chat for the buttons, kept until they expire; in the buttons' order.</summary>
    IReadOnlyList<string> Offer(ChatAddress chat, IReadOnlyList<ReplyButton> buttons, DateTimeOffset now);

    /// <summary>The choice those letters stand for in this chat, expired or not; null when none.</summary>
    (OfferedChoice Choice, DateTimeOffset ExpiresAt)? Find(ChatAddress chat, string key);

    /// <summary>Forgets choices expired before <paramref name="before"/>; returns how many.</summary>
    int ForgetExpired(DateTimeOffset before);
}
