using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Settings;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;

namespace SoLienLac.Bot.Conversations.Privacy;

/// <summary>
/// <c>/dulieu</c>: what the school holds about the parent — who they are on the school's list, this
/// chat, their settings, their leave requests and messages to teachers, the consent in force (with a button to withdraw it:
/// withdrawing unlinks, nothing more is shown or sent) — how long each is kept, and which members of
/// staff read each child's records this school year (never other parents).
/// </summary>
public sealed class MyDataHandler(IConsents consents, IAccessLog access, AccessRecorder recorder, IChatLinks links, IStudentDirectory students,
    IParentSettings settings, ILeaveRequests leaves, ITalkThreads threads, SchoolCalendar calendar) : ICommandHandler
{
    /// <summary>A family's messages counted here; a chat that wrote more is shown this many (the threads have them all).</summary>
    private const int MaxMessagesCounted = 10_000;

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
        var format = turn.Texts.Format;
        var mine = await links.ChildrenOfAsync(turn.Chat, cancellationToken);
        foreach (var link in mine)
        {
            var child = turn.Children.FirstOrDefault(c => c.Code == link.Student);
            var described = child is null ? link.Student.Value : turn.Texts.Chat.Describe(child);
            var guardian = await students.GuardianOfAsync(link, cancellationToken);
            lines.Add(guardian is { Phone: { } phone } ? words.YouAre(guardian.FullName, guardian.Relation, phone.Display, described) : words.LinkedByCode(described));
        }
        if (mine.Count > 0) lines.Add(words.ThisChat(words.Platform(turn.Chat.Channel), format.Moment(calendar.ToLocal(mine.Min(l => l.LinkedAt)))));
        lines.Add("• " + turn.Texts.Settings.Describe(await settings.OfAsync(turn.Chat, cancellationToken), saved: false).Replace("\n", "\n  ", StringComparison.Ordinal));
        var requests = 0;
        foreach (var child in turn.Children)
            requests += (await leaves.OfStudentAsync(child.Code, cancellationToken)).Count(r => r.ParentChat == turn.Chat.Key);
        lines.Add(words.LeaveRequests(requests));
        var talk = await threads.OfChatAsync(turn.Chat.Key, MaxMessagesCounted, cancellationToken);
        lines.Add(words.TalkMessages(talk.Count(m => m.FromParent), talk.Count(m => !m.FromParent)));
        lines.Add(latest is { Decision: ConsentDecision.Agreed }
            ? words.ConsentInForce(turn.Texts.Format.Moment(calendar.ToLocal(latest.At)), latest.Version)
            : words.NoConsent);
        await recorder.FlushAsync(cancellationToken);
        var since = calendar.StartOf(calendar.Year.StartsOn);
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
        lines.Add("");
        lines.Add(words.WhatIsKept);
        var reply = new Reply(string.Join("\n", lines));
        turn.Say(latest is { Decision: ConsentDecision.Agreed }
            ? reply with { Buttons = [[new ReplyButton(words.WithdrawButton, "/dongy rut")]] }
            : reply with { Buttons = [[new ReplyButton(words.AgreeButton, "/dongy")]] });
    }
}
