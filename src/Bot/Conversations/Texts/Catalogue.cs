using SoLienLac.Bot.Conversations.Texts.English;
using SoLienLac.Bot.Conversations.Texts.Vietnamese;

namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>
/// Everything the bot says to people, in one language: one catalogue per language, the same members in
/// each, split by area so no file grows long. Handlers and views take their words from here and keep
/// only the shape of a message; the Vietnamese catalogue holds the sentences the bot has always said.
/// </summary>
public sealed class Catalogue
{
    private Catalogue()
    {
    }

    public static Catalogue Vietnamese { get; } = new()
    {
        Language = Languages.Vietnamese,
        Format = new VietnameseFormats(),
        Chat = new VietnameseChatTexts(),
        Settings = new VietnameseSettingsTexts(),
        Verify = new VietnameseVerifyTexts(),
        Grades = new VietnameseGradesTexts(),
        Attendance = new VietnameseAttendanceTexts(),
        Conduct = new VietnameseConductTexts(),
        Week = new VietnameseWeekTexts(),
        Notices = new VietnameseNoticeTexts(),
        Leave = new VietnameseLeaveTexts(),
        Teaching = new VietnameseTeachingTexts(),
        Gradebook = new VietnameseGradebookTexts(),
        Entry = new VietnameseEntryTexts(),
        RollCall = new VietnameseRollCallTexts(),
        Channel = new VietnameseChannelTexts(),
        Console = new VietnameseConsoleTexts(),
        Privacy = new VietnamesePrivacyTexts(),
        Talk = new VietnameseTalkTexts(),
        Polls = new VietnamesePollTexts(),
    };

    public static Catalogue English { get; } = new()
    {
        Language = Languages.English,
        Format = new EnglishFormats(),
        Chat = new EnglishChatTexts(),
        Settings = new EnglishSettingsTexts(),
        Verify = new EnglishVerifyTexts(),
        Grades = new EnglishGradesTexts(),
        Attendance = new EnglishAttendanceTexts(),
        Conduct = new EnglishConductTexts(),
        Week = new EnglishWeekTexts(),
        Notices = new EnglishNoticeTexts(),
        Leave = new EnglishLeaveTexts(),
        Teaching = new EnglishTeachingTexts(),
        Gradebook = new EnglishGradebookTexts(),
        Entry = new EnglishEntryTexts(),
        RollCall = new EnglishRollCallTexts(),
        Channel = new EnglishChannelTexts(),
        Console = new EnglishConsoleTexts(),
        Privacy = new EnglishPrivacyTexts(),
        Talk = new EnglishTalkTexts(),
        Polls = new EnglishPollTexts(),
    };

    /// <summary>"vi" or "en": what a reply written from this catalogue carries (<see cref="Messages.Reply.Language"/>).</summary>
    public required string Language { get; init; }

    /// <summary>Dates, averages, marks, terms and levels as this language writes them.</summary>
    public required IFormats Format { get; init; }

    public required IChatTexts Chat { get; init; }

    public required ISettingsTexts Settings { get; init; }

    public required IVerifyTexts Verify { get; init; }

    public required IPrivacyTexts Privacy { get; init; }

    /// <summary>Messages between families and teachers.</summary>
    public required ITalkTexts Talk { get; init; }

    public required IPollTexts Polls { get; init; }

    public required IGradesTexts Grades { get; init; }

    public required IAttendanceTexts Attendance { get; init; }

    public required IConductTexts Conduct { get; init; }

    public required IWeekTexts Week { get; init; }

    public required INoticeTexts Notices { get; init; }

    public required ILeaveTexts Leave { get; init; }

    public required ITeachingTexts Teaching { get; init; }

    public required IGradebookTexts Gradebook { get; init; }

    /// <summary>Teachers' entries of scores, conduct and remarks, previewed before they are saved.</summary>
    public required IEntryTexts Entry { get; init; }

    public required IRollCallTexts RollCall { get; init; }

    /// <summary>What a channel adds to a reply it cannot draw as such (keys for buttons, a note instead of a file).</summary>
    public required IChannelTexts Channel { get; init; }

    /// <summary>The local chat's own lines around the conversation.</summary>
    public required IConsoleTexts Console { get; init; }

    /// <summary>The catalogue of a language code; Vietnamese for any code it does not know.</summary>
    public static Catalogue For(string? language) => language == Languages.English ? English : Vietnamese;
}
