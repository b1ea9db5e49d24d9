using Microsoft.Extensions.Logging;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Conversations.Verify;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations;

/// <summary>
/// Takes one incoming message and returns the replies: commands to their handler, the rest of a
/// flow to the flow, free text to the command it means. Records stay private to private chats.
/// Whatever goes wrong, the person gets a short answer, never silence and never a stack trace.
/// Answers are in the language the message came in, else the chat's, else the school's.
/// </summary>
public sealed class ConversationEngine(
    CommandRouter router,
    IEnumerable<IFlowHandler> flows,
    VerifyHandler verify,
    Teaching.GradebookFileHandler gradebookFiles,
    Choices.OfferedChoices choices,
    IChatStates states,
    Catalogues catalogues,
    IChatLinks links,
    IStudentDirectory students,
    ITeacherDirectory teachers,
    Privacy.ConsentGate consent,
    Privacy.AccessRecorder access,
    ILogger<ConversationEngine> logger)
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var before = await states.LoadAsync(message.Chat, cancellationToken);
        var (resolved, expired) = await choices.ResolveAsync(message, before, cancellationToken);
        var language = message.Language ?? before.Language;
        // Remembered in a private chat, where what the bot sends on its own goes, so that it is written in it too.
        // A group's members each have their own: each is answered in theirs, and nothing is kept.
        var state = message.IsPrivate && language != before.Language ? before with { Language = language } : before;
        var turn = new Turn(resolved, state, catalogues.For(language), links, students, teachers);
        try
        {
            await turn.LoadAsync(cancellationToken);
            if (expired is not null) turn.Say(turn.Texts.Chat.OfferExpired(expired));
            else await RouteAsync(turn, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // All or nothing: the chat stays where it was before this message, and the person gets a short apology.
            logger.LogError(e, "Failed to answer {Chat}", message.Chat);
            return [new Reply(turn.Texts.Chat.SomethingWentWrong) { Language = turn.Texts.Language }];
        }
        var after = choices.Record(turn.State, turn.Replies);
        await gradebookFiles.SettleAsync(before, after, cancellationToken);
        if (after != before) await states.SaveAsync(after, cancellationToken);
        return turn.Replies.Select(r => r with { Language = turn.Texts.Language }).ToList();
    }

    private async Task RouteAsync(Turn turn, CancellationToken ct)
    {
        var message = turn.Message;
        var text = message.Button ?? message.Text;
        var isCommand = CommandText.TryParse(text, out var command);
        if (!message.IsPrivate)
        {
            // In a group nothing about a child is ever shown; commands get a pointer, chatter is ignored.
            if (isCommand || message.Button is not null) turn.Say(turn.Texts.Chat.PrivateOnly);
            return;
        }
        if (message.Contact is not null)
        {
            await verify.ContactSharedAsync(turn, ct);
            return;
        }
        if (message.Document is not null)
        {
            if (turn.Teacher is null) turn.Say(turn.Texts.Chat.DocumentNotExpected);
            else await gradebookFiles.ReceivedAsync(turn, ct);
            return;
        }
        if (isCommand)
        {
            if (router.Find(command.Name) is not { } handler)
            {
                turn.Say(turn.Texts.Chat.UnknownCommand(command.Name));
                return;
            }
            if (handler.Info.EndsFlow) turn.EndFlow();
            if (await consent.LetsThroughAsync(turn, handler.Info, ct)) await RunAsync(turn, handler, command.Arguments, ct);
            return;
        }
        if (turn.State.Flow is { } flow)
        {
            // The interrupt stage: "hủy", "thôi", "xác nhận"… mean the command inside any flow, before the flow reads them.
            if (!string.IsNullOrWhiteSpace(text) && router.MatchInterrupt(text) is { } interrupt)
            {
                if (interrupt.Info.EndsFlow) turn.EndFlow();
                await interrupt.HandleAsync(turn, "", ct);
                return;
            }
            if (flows.FirstOrDefault(f => f.Continues(flow)) is { } flowHandler)
            {
                await flowHandler.ContinueAsync(turn, ct);
                return;
            }
        }
        if (!string.IsNullOrWhiteSpace(text) && router.MatchFreeText(text) is { } match)
        {
            if (await consent.LetsThroughAsync(turn, match.Handler.Info, ct)) await RunAsync(turn, match.Handler, match.Arguments, ct);
            return;
        }
        turn.Say(turn.Texts.Chat.NotUnderstood(turn.Children.Count > 0, turn.Teacher is not null));
    }

    /// <summary>Runs the command; a parent's command that showed a child's records is noted for the access log.</summary>
    private async Task RunAsync(Turn turn, ICommandHandler handler, string arguments, CancellationToken ct)
    {
        await handler.HandleAsync(turn, arguments, ct);
        var info = handler.Info;
        if (!Privacy.ConsentGate.ShowsAChild(turn, info)) return;
        var shown = turn.Children.FirstOrDefault(c => c.Code.Value == turn.State.SelectedStudent) ?? (turn.Children.Count == 1 ? turn.Children[0] : null);
        if (shown is not null) access.Saw(shown.Code, turn.Chat.Key, "", Domain.Privacy.AccessRole.Parent, turn.Chat.Channel, info.Name);
    }
}
