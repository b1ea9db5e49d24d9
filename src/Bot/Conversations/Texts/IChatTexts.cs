using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>What the conversation itself says: errors, help, the child in question, cancelling, unlinking.</summary>
public interface IChatTexts
{
    string SomethingWentWrong { get; }

    string PrivateOnly { get; }

    /// <summary>Said once to a chat that wrote more than <paramref name="limit"/> messages in a minute; then nothing for a minute.</summary>
    string TooManyMessages(int limit);

    string DocumentNotExpected { get; }

    string NotVerified { get; }

    /// <summary>
    /// Under a child's records: "🕒 Cập nhật 03/12/2026 14:20", when they last changed (in the school's time),
    /// or that nothing has been entered yet — an empty page reads as "nothing yet", not "broken".
    /// </summary>
    string UpdatedAt(string? moment);

    string ChooseChild { get; }

    string Selected(Student child);

    string OfferExpired(string key);

    string NothingToCancel { get; }

    string Cancelled { get; }

    string UnknownCommand(string name);

    string NotUnderstood(bool isParent, bool isTeacher);

    /// <summary>A child as every record shows them: name, class, code, and since when they left, if they did.</summary>
    string Describe(Student child);

    string HelpTitle { get; }

    /// <summary>One command in /trogiup: its name in this language (the English alias in English) and what it does.</summary>
    string HelpLine(CommandInfo command);

    string HelpNotVerified { get; }

    string HelpFreeText { get; }

    string HelpInFlow { get; }

    string UnlinkWhich { get; }

    string UnlinkButton(Student child);

    string UnlinkAllButton { get; }

    string AllChildren { get; }

    /// <param name="names">The children unlinked, or <see cref="AllChildren"/>.</param>
    string Unlinked(string names, bool several);
}
