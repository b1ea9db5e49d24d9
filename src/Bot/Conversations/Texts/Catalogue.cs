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
    private Catalogue(string language, IFormats format, IChatTexts chat, ISettingsTexts settings, IVerifyTexts verify, IGradesTexts grades,
        IAttendanceTexts attendance, IConductTexts conduct, IWeekTexts week, INoticeTexts notices, ILeaveTexts leave,
        ITeachingTexts teaching, IEntryTexts entry, IChannelTexts channel, IConsoleTexts console)
    {
        Language = language;
        Format = format;
        Chat = chat;
        Settings = settings;
        Verify = verify;
        Grades = grades;
        Attendance = attendance;
        Conduct = conduct;
        Week = week;
        Notices = notices;
        Leave = leave;
        Teaching = teaching;
        Entry = entry;
        Channel = channel;
        Console = console;
    }

    public static Catalogue Vietnamese { get; } = new(Languages.Vietnamese, new VietnameseFormats(), new VietnameseChatTexts(),
        new VietnameseSettingsTexts(), new VietnameseVerifyTexts(), new VietnameseGradesTexts(), new VietnameseAttendanceTexts(),
        new VietnameseConductTexts(), new VietnameseWeekTexts(), new VietnameseNoticeTexts(), new VietnameseLeaveTexts(),
        new VietnameseTeachingTexts(), new VietnameseEntryTexts(), new VietnameseChannelTexts(), new VietnameseConsoleTexts());

    public static Catalogue English { get; } = new(Languages.English, new EnglishFormats(), new EnglishChatTexts(),
        new EnglishSettingsTexts(), new EnglishVerifyTexts(), new EnglishGradesTexts(), new EnglishAttendanceTexts(),
        new EnglishConductTexts(), new EnglishWeekTexts(), new EnglishNoticeTexts(), new EnglishLeaveTexts(),
        new EnglishTeachingTexts(), new EnglishEntryTexts(), new EnglishChannelTexts(), new EnglishConsoleTexts());

    /// <summary>"vi" or "en": what a reply written from this catalogue carries (<see cref="Messages.Reply.Language"/>).</summary>
    public string Language { get; }

    /// <summary>Dates, averages, marks, terms and levels as this language writes them.</summary>
    public IFormats Format { get; }

    public IChatTexts Chat { get; }

    public ISettingsTexts Settings { get; }

    public IVerifyTexts Verify { get; }

    public IGradesTexts Grades { get; }

    public IAttendanceTexts Attendance { get; }

    public IConductTexts Conduct { get; }

    public IWeekTexts Week { get; }

    public INoticeTexts Notices { get; }

    public ILeaveTexts Leave { get; }

    public ITeachingTexts Teaching { get; }

    /// <summary>Teachers' entries: scores, roll calls, conduct and remarks, previewed before they are saved.</summary>
    public IEntryTexts Entry { get; }

    /// <summary>What a channel adds to a reply it cannot draw as such (keys for buttons, a note instead of a file).</summary>
    public IChannelTexts Channel { get; }

    /// <summary>The local chat's own lines around the conversation (in the school's language: it never says another).</summary>
    public IConsoleTexts Console { get; }

    /// <summary>The catalogue of a language code; Vietnamese for any code it does not know.</summary>
    public static Catalogue For(string? language) => language == Languages.English ? English : Vietnamese;
}
