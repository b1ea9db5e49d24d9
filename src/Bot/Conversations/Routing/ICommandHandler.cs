namespace SoLienLac.Bot.Conversations.Routing;

/// <summary>One command (or the start of one flow). Found by the router by name, alias or phrase.</summary>
public interface ICommandHandler
{
    CommandInfo Info { get; }

    Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken);
}
