using System.Globalization;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.Teaching;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Polls;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Polls;

/// <summary>
/// /khaosat 6A question | option | option [| hạn dd/MM/yyyy HH:mm]: a homeroom teacher asks the families of
/// their class (an admin: of any class, or <c>truong</c> for the school). Bare, it lists the recent polls with
/// each one's tally and the first children not answered;
/// <c>xem</c>, <c>nhac</c> and <c>dong</c> show a tally, remind those who have not answered, close.
/// </summary>
public sealed class PollHandler(IPolls polls, PollDesk desk, IOutbox outbox, IStudentDirectory students, SchoolCalendar calendar) : ICommandHandler
{
    private const int Listed = 10;

    /// <summary>Children without an answer named under each poll of the list; the poll's own view names them all.</summary>
    private const int MissingListed = 5;

    /// <summary>Names of children without an answer shown under a tally; the export has them all.</summary>
    private const int MissingShown = 40;

    public CommandInfo Info { get; } = new("khaosat", "poll", Audience.Teacher, "Khảo sát, phiếu đồng ý của phụ huynh", "Polls and permission slips")
    {
        Phrases = ["khao sat", "phieu dong y"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        var text = arguments.Trim();
        var space = text.IndexOf(' ');
        var (verb, rest) = space < 0 ? (VietnameseText.Fold(text), "") : (VietnameseText.Fold(text[..space]), text[(space + 1)..].Trim());
        switch (verb)
        {
            case "":
                await ListAsync(turn, teacher, cancellationToken);
                return;
            case "xem" or "view" when !rest.Contains('|'):
                if (await FindAsync(turn, teacher, rest, cancellationToken) is { } shown) await ShowAsync(turn, shown, cancellationToken);
                return;
            case "nhac" or "remind" when !rest.Contains('|'):
                if (await FindAsync(turn, teacher, rest, cancellationToken) is { } reminded) await RemindAsync(turn, teacher, reminded, cancellationToken);
                return;
            case "dong" or "close" when !rest.Contains('|'):
                if (await FindAsync(turn, teacher, rest, cancellationToken) is { } closed) await CloseAsync(turn, closed, cancellationToken);
                return;
            default:
                await CreateAsync(turn, teacher, verb, rest, cancellationToken);
                return;
        }
    }

    private async Task CreateAsync(Turn turn, Teacher teacher, string audience, string rest, CancellationToken cancellationToken)
    {
        var words = turn.Texts.Polls;
        ClassName? className = null;
        if (audience is not ("truong" or "toantruong" or "school"))
        {
            if (!ClassName.TryParse(audience, out var typed)) { turn.Say(words.Usage); return; }
            var c = teacher.Place(typed);
            if (!(await students.ClassesAsync(cancellationToken)).Contains(c)) { turn.Say(words.NoClass(c.Value)); return; }
            className = c;
        }
        var refusal = Authorization.Check(teacher, className is null ? TeacherAction.SendSchoolNotice : TeacherAction.SendClassNotice, className);
        if (refusal is { } r) { turn.Say(TeacherGate.Explain(turn, r)); return; }
        if (Parse(rest, calendar) is not { } form || form.Closes is { } at && at <= calendar.Now) { turn.Say(words.Usage); return; }
        var poll = new Poll(Guid.NewGuid(), className, form.Question, form.Options, teacher.Code, calendar.Now, form.Closes) { School = className?.School ?? teacher.AdminSchool };
        var (chats, children) = await desk.AskAsync(poll, teacher, cancellationToken);
        turn.Say(words.Created(poll, chats, children, desk.Closes(turn.Texts, poll)));
    }

    private async Task ListAsync(Turn turn, Teacher teacher, CancellationToken cancellationToken)
    {
        var words = turn.Texts.Polls;
        var mine = (await polls.LatestAsync(null, 500, cancellationToken)).Where(p => MayManage(teacher, p)).Take(Listed).ToList();
        if (mine.Count == 0) { turn.Say(words.None); return; }
        var lines = new List<string> { words.Heading };
        var buttons = new List<IReadOnlyList<ReplyButton>>();
        var now = calendar.Now;
        foreach (var poll in mine)
        {
            var tally = await desk.TallyAsync(poll, cancellationToken);
            var missing = tally.Missing.Take(MissingListed).Select(s => s.FullName).ToList();
            lines.Add(words.Line(poll, tally.Counts, tally.Answered, tally.Children.Count, missing, tally.Missing.Count, poll.IsOpen(now)));
            buttons.Add([new ReplyButton($"{words.ViewButton} {poll.ShortId}", $"/khaosat xem {poll.ShortId}")]);
        }
        turn.Say(new Reply(string.Join('\n', lines)) { Buttons = buttons });
    }

    private async Task ShowAsync(Turn turn, Poll poll, CancellationToken cancellationToken)
    {
        var words = turn.Texts.Polls;
        var tally = await desk.TallyAsync(poll, cancellationToken);
        var open = poll.IsOpen(calendar.Now);
        var missing = tally.Missing.Take(MissingShown).Select(s => poll.ClassName is null ? $"{s.FullName} ({s.ClassName})" : s.FullName).ToList();
        if (tally.Missing.Count > MissingShown) missing.Add("…");
        var buttons = new List<IReadOnlyList<ReplyButton>>();
        if (open && tally.Missing.Count > 0) buttons.Add([new ReplyButton(words.RemindButton, $"/khaosat nhac {poll.ShortId}")]);
        if (open) buttons.Add([new ReplyButton(words.CloseButton, $"/khaosat dong {poll.ShortId}")]);
        turn.Say(new Reply(words.Tally(poll, tally.Counts, tally.Answered, tally.Children.Count, missing, open)) { Buttons = buttons });
    }

    private async Task RemindAsync(Turn turn, Teacher teacher, Poll poll, CancellationToken cancellationToken)
    {
        if (!poll.IsOpen(calendar.Now)) { turn.Say(turn.Texts.Polls.Closed(poll)); return; }
        var tally = await desk.TallyAsync(poll, cancellationToken);
        var chats = await desk.RemindAsync(tally, teacher.FullName, outbox, cancellationToken);
        turn.Say(chats == 0 ? turn.Texts.Polls.NobodyToRemind : turn.Texts.Polls.Reminded(chats));
    }

    private async Task CloseAsync(Turn turn, Poll poll, CancellationToken cancellationToken)
    {
        if (poll.IsOpen(calendar.Now)) await polls.CloseAsync(poll.Id, calendar.Now, cancellationToken);
        turn.Say(turn.Texts.Polls.ClosedNow(poll));
    }

    /// <summary>The poll a short id names, if this teacher may manage it; otherwise says why not.</summary>
    private async Task<Poll?> FindAsync(Turn turn, Teacher teacher, string id, CancellationToken cancellationToken)
    {
        var found = await PollIds.FindAsync(polls, id, cancellationToken);
        if (found.Count != 1) { turn.Say(found.Count == 0 ? turn.Texts.Polls.NotFound : turn.Texts.Polls.Ambiguous); return null; }
        if (MayManage(teacher, found[0])) return found[0];
        turn.Say(turn.Texts.Teaching.NotAssigned);
        return null;
    }

    /// <summary>An admin any poll; a teacher the polls they asked and those of the classes they are homeroom of.</summary>
    private static bool MayManage(Teacher teacher, Poll poll) =>
        teacher.IsAdminOf(poll.ClassName is { } of ? of.School : poll.School) || poll.CreatedBy == teacher.Code || poll.ClassName is { } c && teacher.IsHomeroomOf(c);

    /// <summary>"question | option | option [| hạn 11/12/2026 17:00]": two to eight options, each named once.</summary>
    public static (string Question, IReadOnlyList<string> Options, DateTimeOffset? Closes)? Parse(string text, SchoolCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var parts = (text ?? "").Split('|', StringSplitOptions.TrimEntries).ToList();
        DateTimeOffset? closes = null;
        if (parts.Count > 0 && VietnameseText.Fold(parts[^1]) is var last && (last.StartsWith("han ", StringComparison.Ordinal) || last.StartsWith("dong ", StringComparison.Ordinal)))
        {
            var when = parts[^1][(parts[^1].IndexOf(' ') + 1)..].Trim();
            if (!DateTime.TryParseExact(when, ["dd/MM/yyyy HH:mm", "d/M/yyyy H:mm", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
                return null;
            if (local.TimeOfDay == TimeSpan.Zero && !when.Contains(':')) local = local.AddDays(1).AddMinutes(-1);
            closes = new DateTimeOffset(local, calendar.Zone.GetUtcOffset(local));
            parts.RemoveAt(parts.Count - 1);
        }
        if (parts.Count < 3 || parts.Count - 1 > Poll.MaxOptions || parts.Any(p => p.Length == 0) || parts[0].Length > Poll.MaxQuestionLength) return null;
        var options = parts.Skip(1).ToList();
        if (options.Select(VietnameseText.Fold).Distinct().Count() != options.Count) return null;
        return (parts[0], options, closes);
    }
}

public static class PollIds
{
    /// <summary>The polls a typed id names: at least six hex digits of it ("1a2b3c4d", or the whole id).</summary>
    public static async Task<IReadOnlyList<Poll>> FindAsync(IPolls polls, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(polls);
        var hex = (id ?? "").Trim().Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        if (hex.Length < 6 || hex.Length > 32 || !hex.All(Uri.IsHexDigit)) return [];
        return await polls.FindByPrefixAsync(hex, cancellationToken);
    }
}
