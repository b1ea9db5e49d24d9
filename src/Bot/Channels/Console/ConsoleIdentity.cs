using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Channels.Console;

/// <summary>Who is typing in the local chat: a guest, or the person of the school whose phone was chosen with /as.</summary>
public sealed class ConsoleIdentity(IStudentDirectory students, ITeacherDirectory teachers, Catalogues catalogues)
{
    private PhoneNumber? _phone;

    public ChatAddress Chat => new(ConsoleChat.Channel, _phone?.National ?? "khach");

    public string Prompt => _phone?.National ?? "khách";

    /// <summary>Handles /as: what to print when the line was for the local chat itself, null when it was not.</summary>
    public async Task<string?> HandleAsync(string line, CancellationToken cancellationToken)
    {
        var folded = VietnameseText.Fold(line);
        if (folded != "/as" && !folded.StartsWith("/as ", StringComparison.Ordinal)) return null;
        var argument = line[3..].Trim();
        if (argument.Length == 0)
            return _phone is null ? catalogues.Default.Console.NoIdentity : await DescribeAsync(_phone.Value, cancellationToken);
        if (!PhoneNumber.TryParse(argument, out var phone)) return catalogues.Default.Console.NotAPhone(argument);
        _phone = phone;
        return await DescribeAsync(phone, cancellationToken);
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

    private async Task<string> DescribeAsync(PhoneNumber phone, CancellationToken cancellationToken)
    {
        var texts = catalogues.Default.Console;
        var lines = new List<string> { texts.Speaking(phone.Display) };
        foreach (var guardian in await students.GuardiansWithPhoneAsync(phone, cancellationToken))
        {
            var child = await students.FindAsync(guardian.Student, cancellationToken);
            lines.Add(texts.Guardian(guardian.Relation, guardian.FullName, child?.FullName, guardian.Student.Value, child?.ClassName.Value));
        }
        if (await teachers.FindByPhoneAsync(phone, cancellationToken) is { } teacher)
            lines.Add(texts.Teacher(teacher.FullName, teacher.Code, string.Join(", ", teacher.Assignments)));
        if (lines.Count == 1) lines.Add(texts.NotOnRecord);
        lines.Add(texts.StartHint);
        return string.Join('\n', lines);
    }
}
