using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts.English;

public sealed class EnglishNoticeTexts : INoticeTexts
{
    private static readonly EnglishFormats Format = new();

    public string Audience(ClassName? className) => className is { } c ? $"class {c}" : "whole school";

    public string Urgent => " — URGENT";

    public string NoneForClass(ClassName className) => $"📢 No notices for class {className} yet.";

    public string ListHeading(ClassName className) => $"📢 Notices for class {className}";

    public string SeenMark => " ✓ seen";

    public string SeenButton => "Seen";

    public string SeenButtonFor(string shortText) => $"Seen: {shortText}";

    public string NotFound => "This notice was not found. Type /notices to see the notices.";

    public string Acknowledged(Student child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"Noted: the parent of {child.FullName} has seen the notice. Thank you.";
    }

    public string Message(string audience, bool urgent, Student child, string text)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"📢 Notice ({audience}){(urgent ? Urgent : "")}, to the parents of {child.FullName}:\n{text}";
    }

    public string SendUsage =>
        "Type: /notify <class|truong> [date time] <text>, for example:\n/notify 6A Parents' meeting 8:00 Sunday 29/11\n" +
        "/notify truong 28/11/2026 07:00 School closed because of the storm";

    public string Preview(string audience, string moment, string text) =>
        $"📝 Preview of the notice to parents ({audience}), sent {moment}:\n«{text}»\n\nPress «Confirm» to send it, or «Cancel».";

    public string Now => "now";

    public string At(DateTimeOffset local) => $"at {Format.Moment(local)}";

    public string Waiting => "A notice is waiting: press «Confirm» to send it, or /cancel.";

    public string Scheduled(DateTimeOffset local) => $"🕒 The notice will be sent at {Format.Moment(local)}.";

    public string Sent(int parents) =>
        $"✅ The notice was sent to {parents} linked {(parents == 1 ? "parent" : "parents")}. To see who has read it: /notices.";

    public string NoneSent => "No notices yet for the classes you are in charge of.";

    public string SentHeading => "📢 Notices sent, and how many parents have seen them:";

    public string SentLine(string moment, string audience, string text, int seen, int families) => $"• {moment} ({audience}): {text} — seen {seen}/{families}";
}
