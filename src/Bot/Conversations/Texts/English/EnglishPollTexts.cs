using System.Globalization;
using System.Text;
using SoLienLac.Domain.Polls;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts.English;

public sealed class EnglishPollTexts : IPollTexts
{
    public string Usage =>
        "Send: /poll 6A Trip on 12/12, will your child come? | Yes | No\n" +
        "To close at a set time add | hạn 11/12/2026 17:00. The whole school (leadership): /poll truong …\n" +
        "Results: /poll (recent polls) or /poll xem <id>.";

    public string Audience(ClassName? className) => className is { } c ? $"class {c}" : "the whole school";

    public string Created(Poll poll, int families, int children, string? closes)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return $"📋 Poll {poll.ShortId} sent to {families} parents of {children} students of {Audience(poll.ClassName)}" +
            $"{(closes is null ? "" : $"; it closes at {closes}")}. Results: /poll xem {poll.ShortId}";
    }

    public string ForParent(Poll poll, string teacherName, Student child, string? closes, bool reminder)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(child);
        return $"{(reminder ? "🔔 Reminder — " : "")}📋 Poll for {Audience(poll.ClassName)} ({teacherName}):\n{poll.Question}\n" +
            $"Answer for {child.FullName}{(closes is null ? "" : $", before {closes}")}. You may change the answer until the poll closes.";
    }

    public string Answered(Poll poll, int choice, Student child, string? closes)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(child);
        return $"✅ Recorded «{poll.Options[choice]}» for {child.FullName}. You may change it until the poll closes{(closes is null ? "" : $" ({closes})")}.";
    }

    public string Closed(Poll poll) => "This poll is closed; answers are no longer recorded.";

    public string NotFound => "That poll was not found.";

    public string Ambiguous => "Several polls start with that id; type more of it.";

    public string NotYourChild => "This poll is not for your child.";

    public string None => "No polls yet. " + Usage;

    public string Heading => "📋 Recent polls:";

    public string Line(Poll poll, IReadOnlyList<int> counts, int answered, int children, IReadOnlyList<string> missing, int missingCount, bool open)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(missing);
        var tally = string.Join(", ", poll.Options.Select((o, i) => $"{o} {counts[i]}"));
        var who = missingCount == 0 ? "" : $"; not answered ({missingCount}): {string.Join(", ", missing)}{(missingCount > missing.Count ? ", …" : "")}";
        return $"• {poll.ShortId} · {Audience(poll.ClassName)} · {poll.Question} — {answered}/{children} answered ({tally}){who}{(open ? "" : " · closed")}";
    }

    public string Tally(Poll poll, IReadOnlyList<int> counts, int answered, int children, IReadOnlyList<string> missing, bool open)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(missing);
        var text = new StringBuilder($"📋 {poll.ShortId} · {Audience(poll.ClassName)}{(open ? "" : " · closed")}\n{poll.Question}\n");
        for (var i = 0; i < poll.Options.Count; i++) text.Append(CultureInfo.InvariantCulture, $"• {poll.Options[i]}: {counts[i]}\n");
        text.Append(CultureInfo.InvariantCulture, $"Answered: {answered}/{children} students.");
        if (missing.Count > 0) text.Append(CultureInfo.InvariantCulture, $"\nNot answered ({missing.Count}): {string.Join(", ", missing)}");
        return text.ToString();
    }

    public string ViewButton => "View";

    public string RemindButton => "Remind those who have not answered";

    public string CloseButton => "Close the poll";

    public string Reminded(int families) => $"🔔 Reminded {families} parents who had not answered.";

    public string NobodyToRemind => "No connected parent is left without an answer.";

    public string ClosedNow(Poll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return $"🔒 Poll {poll.ShortId} closed. Export: solienlac export poll --id {poll.ShortId} --out results.xlsx";
    }

    public string NoClass(string className) => $"There is no class \"{className}\" on the roster.";
}
