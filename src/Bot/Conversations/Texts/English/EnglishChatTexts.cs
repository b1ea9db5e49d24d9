using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts.English;

public sealed class EnglishChatTexts : IChatTexts
{
    public string SomethingWentWrong => "Sorry, something went wrong and the bot could not answer. Please try again in a few minutes.";

    public string PrivateOnly => "To keep students' records private, the contact book only answers in a private chat. Please write to the bot directly.";

    public string TooManyMessages(int limit) =>
        $"You are sending too many messages (more than {limit} in a minute). So that the bot can answer every parent and teacher, " +
        "it will not answer this chat for a minute. Please wait a moment, then send your message again.";

    public string DocumentNotExpected => "The bot is not expecting a file right now. Type /help to see the commands.";

    public string UpdatedAt(string? moment) => moment is null ? "🕒 The school has not entered anything here yet." : $"🕒 Updated {moment}";

    public string NotVerified => "You have not been verified as a parent yet. Type /start to begin (it takes a minute).";

    public string ChooseChild => "Which child would you like to see?";

    public string Selected(Student child) => $"Now showing: {Describe(child)}.";

    public string OfferExpired(string key) =>
        $"The choice «{key}» has expired. Please type the command again for new choices (type /help to see the commands).";

    public string NothingToCancel => "Nothing is in progress. Type /help to see the commands.";

    public string Cancelled => "Cancelled what was in progress.";

    public string UnknownCommand(string name) => $"There is no command /{name}. Type /help to see the commands.";

    public string NotUnderstood(bool isParent, bool isTeacher) => isParent || isTeacher
        ? "Sorry, the bot did not understand. You can type «grades», «attendance», «conduct», «notices», or /help."
        : "Sorry, the bot did not understand. Type /start to verify as a parent, or /help for the guide.";

    public string Describe(Student child) => Child(child);

    public string HelpTitle => "Electronic contact book — the commands you can use:";

    public string HelpLine(CommandInfo command)
    {
        ArgumentNullException.ThrowIfNull(command);
        // English names, which work everywhere; but /start stays /start: Telegram's own button sends it, and every guide says it.
        return $"/{(command.Name == "start" ? command.Name : command.Alias)} — {command.English}";
    }

    public string HelpNotVerified => "You are not verified yet: type /start to link with your child.";

    public string HelpFreeText => "You can also type plain words: «grades», «attendance», «notices» (Vietnamese works too).";

    public string HelpInFlow => "You are in the middle of something: answer it, or type /cancel to stop.";

    public string UnlinkWhich =>
        "Which child do you want to unlink? Afterwards you will receive no more messages about them (you can /start again to link again).";

    public string UnlinkButton(Student child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"Unlink {child.FullName}";
    }

    public string UnlinkAllButton => "Unlink all";

    public string AllChildren => "all your children";

    public string Unlinked(string names, bool several) =>
        $"Unlinked ({names}). You will receive no more messages about {(several ? "them" : "your child")}. Type /start if you want to link again.";

    /// <summary>"Lê Quỳnh Hằng (class 6A, code HS0001)": shared by every English area that names a child.</summary>
    internal static string Child(Student child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var name = $"{child.FullName} (class {child.ClassName}, code {child.Code})";
        return child.LeftOn is { } left ? $"{name} — {new EnglishFormats().Status(child.Status).ToLowerInvariant()} since {VietnameseFormat.Date(left)}" : name;
    }
}
