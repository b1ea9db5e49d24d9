using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Channels.Console;

/// <summary>Who is typing in the local chat: a guest, or the person of the school whose phone was chosen with /as.</summary>
public sealed class ConsoleIdentity(IStudentDirectory students, ITeacherDirectory teachers)
{
    private PhoneNumber? _phone;

    public ChatAddress Chat => new(ConsoleChat.Channel, _phone?.National ?? "khach");

    public string Prompt => _phone?.National ?? "khách";

    /// <summary>Handles /as; true when the line was for the local chat itself, with what to print.</summary>
    public bool TryHandle(string line, out string said)
    {
        said = "";
        var folded = VietnameseText.Fold(line);
        if (folded != "/as" && !folded.StartsWith("/as ", StringComparison.Ordinal)) return false;
        var argument = line[3..].Trim();
        if (argument.Length == 0)
        {
            said = _phone is null ? ConsoleTexts.NoIdentity : Describe(_phone.Value);
            return true;
        }
        if (!PhoneNumber.TryParse(argument, out var phone))
        {
            said = $"«{argument}» không phải số điện thoại. Ví dụ: /as 0117090459";
            return true;
        }
        _phone = phone;
        said = Describe(phone);
        return true;
    }

    /// <summary>/sdt shares the chosen phone as the sender's own; /sdt &lt;phone&gt; shares someone else's card.</summary>
    public SharedContact? SharedContact(string line)
    {
        var folded = VietnameseText.Fold(line);
        if (folded != "/sdt" && !folded.StartsWith("/sdt ", StringComparison.Ordinal)) return null;
        var other = line[4..].Trim();
        if (other.Length > 0) return new SharedContact(other, null);
        return _phone is { } phone ? new SharedContact(phone.National, Chat.Id) : new SharedContact("", null);
    }

    private string Describe(PhoneNumber phone)
    {
        var lines = new List<string> { $"Bạn đang nhắn với số {phone.Display}." };
        foreach (var guardian in students.GuardiansWithPhone(phone))
        {
            var child = students.Find(guardian.Student);
            lines.Add($"• {guardian.Relation} {guardian.FullName}, phụ huynh em {child?.FullName} ({guardian.Student}, lớp {child?.ClassName}).");
        }
        if (teachers.FindByPhone(phone) is { } teacher)
            lines.Add($"• Giáo viên {teacher.FullName} ({teacher.Code}): {string.Join(", ", teacher.Assignments)}.");
        if (lines.Count == 1) lines.Add("Số này không có trong hồ sơ của trường.");
        lines.Add("Gõ /start để bắt đầu xác minh, /sdt để chia sẻ số điện thoại này.");
        return string.Join('\n', lines);
    }
}
