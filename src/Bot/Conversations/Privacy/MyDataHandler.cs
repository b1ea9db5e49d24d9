using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Privacy;

namespace SoLienLac.Bot.Conversations.Privacy;

/// <summary>
/// <c>/dulieu</c>: a parent's own data — the children the chat is linked to, the consent in force (with
/// a button to withdraw it: withdrawing unlinks, nothing more is shown or sent), and which members of
/// staff read each child's records this school year (never other parents).
/// </summary>
public sealed class MyDataHandler(IConsents consents, IAccessLog access, AccessRecorder recorder, SchoolCalendar calendar) : ICommandHandler
{
    public CommandInfo Info { get; } = new("dulieu", "mydata", Audience.Parent, "Dữ liệu của phụ huynh, đồng ý xử lý dữ liệu", "Your data and your consent")
    {
        Phrases = ["du lieu cua toi", "du lieu ca nhan"],
        BeforeConsent = true,
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Children.Count == 0)
        {
            turn.Say(turn.Texts.Chat.NotVerified);
            return;
        }
        var words = turn.Texts.Privacy;
        var latest = await consents.LatestAsync(turn.Chat, cancellationToken);
        var lines = new List<string> { words.MyDataHeading };
        lines.AddRange(turn.Children.Select(c => "• " + turn.Texts.Chat.Describe(c)));
        lines.Add(latest is { Decision: ConsentDecision.Agreed }
            ? words.ConsentInForce(turn.Texts.Format.Moment(calendar.ToLocal(latest.At)), latest.Version)
            : words.NoConsent);
        await recorder.FlushAsync(cancellationToken);
        var since = new DateTimeOffset(calendar.Year.StartsOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        foreach (var child in turn.Children)
        {
            lines.Add("");
            lines.Add(words.WhoLooked(child.FullName));
            var staff = (await access.OfStudentAsync(child.Code, since, cancellationToken))
                .Where(e => e.Role is AccessRole.Teacher or AccessRole.School)
                .GroupBy(e => (e.Name, e.Role, e.What)).Take(20).ToList();
            if (staff.Count == 0) lines.Add(words.NobodyLooked);
            foreach (var seen in staff)
                lines.Add(words.LookedLine(seen.Key.Name, seen.Key.Role == AccessRole.School, seen.Key.What,
                    turn.Texts.Format.Moment(calendar.ToLocal(seen.Max(e => e.Hour))), seen.Count()));
        }
        var reply = new Reply(string.Join("\n", lines));
        turn.Say(latest is { Decision: ConsentDecision.Agreed }
            ? reply with { Buttons = [[new ReplyButton(words.WithdrawButton, "/dongy rut")]] }
            : reply with { Buttons = [[new ReplyButton(words.AgreeButton, "/dongy")]] });
    }
}
