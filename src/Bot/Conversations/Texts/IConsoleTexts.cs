namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>What the local chat itself says around the conversation: its welcome, <c>/as</c>, <c>/sdt</c>, files saved.</summary>
public interface IConsoleTexts
{
    string Welcome { get; }

    string PhoneHint { get; }

    string NoIdentity { get; }

    string NotAPhone(string typed);

    string Speaking(string phone);

    string Guardian(string relation, string name, string? child, string student, string? className);

    string Teacher(string name, string code, string assignments);

    string NotOnRecord { get; }

    string StartHint { get; }

    /// <summary>Above a message for another person of the school (a parent's alert, a leave request).</summary>
    string SentTo(string chatId);

    string SavedFile(string fileName, int bytes, string path);
}
