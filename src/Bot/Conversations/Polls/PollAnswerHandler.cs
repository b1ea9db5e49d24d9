using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Polls;

namespace SoLienLac.Bot.Conversations.Polls;

/// <summary>A parent's press on a poll's option (/chonks id student n): the child's answer, which they may change while the poll is open.</summary>
public sealed class PollAnswerHandler(IPolls polls, PollDesk desk, SchoolCalendar calendar) : ICommandHandler
{
    public CommandInfo Info { get; } = new("chonks", "vote", Audience.Parent, "Trả lời khảo sát", "Answer a poll") { InMenu = false };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var words = turn.Texts.Polls;
        var parts = arguments.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var found = parts.Length == 3 ? await PollIds.FindAsync(polls, parts[0], cancellationToken) : [];
        if (found.Count != 1) { turn.Say(found.Count == 0 ? words.NotFound : words.Ambiguous); return; }
        var poll = found[0];
        var child = turn.Children.FirstOrDefault(c => string.Equals(c.Code.Value, parts[1], StringComparison.OrdinalIgnoreCase));
        if (child is null || !poll.ConcernsClass(child.ClassName)) { turn.Say(words.NotYourChild); return; }
        if (!poll.IsOpen(calendar.Now)) { turn.Say(words.Closed(poll)); return; }
        if (poll.OptionOf(parts[2]) is not { } option) { turn.Say(words.NotFound); return; }
        await polls.AnswerAsync(new PollAnswer(poll.Id, child.Code, option, turn.Chat.Key, calendar.Now), cancellationToken);
        turn.Say(words.Answered(poll, option, child, desk.Closes(turn.Texts, poll)));
    }
}
