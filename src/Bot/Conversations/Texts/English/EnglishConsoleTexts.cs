namespace SoLienLac.Bot.Conversations.Texts.English;

public sealed class EnglishConsoleTexts : IConsoleTexts
{
    public string Welcome =>
        "SoLienLac — the electronic contact book, chatting right here (no Telegram needed).\n" +
        "Play someone of the demo school: /as <phone number>, for example /as 0117090459 (HS0001's father)\n" +
        "or /as 0140027539 (homeroom teacher of 6A). Then type /start, the student code, and /sdt to\n" +
        "share your phone as Telegram's button does. Type [1], [2]… to press a button; /tep <path> to send a file\n" +
        "(a gradebook .xlsx/.csv). Ctrl+D to quit.\n";

    public string PhoneHint => "  (type /sdt to share your phone number)";

    public string NoIdentity => "You are writing as a guest. Choose someone of the school: /as <phone number>, for example /as 0117090459.";

    public string NotAPhone(string typed) => $"«{typed}» is not a phone number. For example: /as 0117090459";

    public string Speaking(string phone) => $"You are writing as {phone}.";

    public string Guardian(string relation, string name, string? child, string student, string? className) =>
        $"• {relation} {name}, parent of {child} ({student}, class {className}).";

    public string Teacher(string name, string code, string assignments) => $"• Teacher {name} ({code}): {assignments}.";

    public string NotOnRecord => "This number is not in the school's records.";

    public string StartHint => "Type /start to begin verifying, /sdt to share this phone number.";

    public string SentTo(string chatId) => $"📨 [to {chatId}]";

    public string SavedFile(string fileName, int bytes, string path) => $"  [file {fileName}, {bytes} bytes: {path}]";
}
