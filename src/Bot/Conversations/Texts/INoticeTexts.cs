using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>Notices: what parents read and acknowledge, and what teachers send and follow.</summary>
public interface INoticeTexts
{
    /// <summary>Whom a notice is for: a class, or the whole school (no class).</summary>
    string Audience(ClassName? className);

    string Urgent { get; }

    string NoneForClass(ClassName className);

    string ListHeading(ClassName className);

    string SeenMark { get; }

    /// <summary>The button under a notice, in a message the bot sends on its own.</summary>
    string SeenButton { get; }

    /// <summary>The button for one notice of the list, named by its first words.</summary>
    string SeenButtonFor(string shortText);

    string NotFound { get; }

    string Acknowledged(Student child);

    /// <summary>A notice as it reaches each parent: whom for, urgent or not, the child, the text.</summary>
    string Message(string audience, bool urgent, Student child, string text);

    string SendUsage { get; }

    string Preview(string audience, string moment, string text);

    string Now { get; }

    string At(DateTimeOffset local);

    string Waiting { get; }

    string Scheduled(DateTimeOffset local);

    string Sent(int parents);

    string NoneSent { get; }

    string SentHeading { get; }

    string SentLine(string moment, string audience, string text, int seen, int families);
}
