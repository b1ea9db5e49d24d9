using System.Collections.Concurrent;
using SoLienLac.Bot.Conversations;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Domain.Chats;

namespace SoLienLac.Bench.Conversations;

/// <summary>
/// Puts parents' questions to the engine and checks every answer against the one the same
/// question got when asked alone, before the measurements: an error counts as failed, any other
/// difference as wrong (an answer about another child would be a leak). Rates with either mean nothing.
/// </summary>
internal sealed class Answers(params ConversationEngine[] engines)
{
    private const int ExamplesKept = 3;
    private const string Escaped = "escaped HandleAsync";
    private readonly Dictionary<(string Chat, string Text), string> _expected = [];
    private readonly ConcurrentQueue<string> _examples = new();
    private int _failed;
    private int _wrong;

    /// <summary>When given, each question is asked inside its chat's turn of the same host, as the bot serves it (<see cref="IChatTurns"/>).</summary>
    public IReadOnlyList<IChatTurns>? Turns { get; init; }

    public int Failed => _failed;

    public int Wrong => _wrong;

    public int Problems => _failed + _wrong;

    /// <summary>A few of the answers that differed: the question, and the first line that differed.</summary>
    public IEnumerable<string> Examples => _examples;

    /// <summary>Asks each question once, one after another, and keeps the answer as the right one.</summary>
    public async Task LearnAsync(IEnumerable<IncomingMessage> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        foreach (var question in questions)
        {
            var text = TextOf(await engines[0].HandleAsync(question, CancellationToken.None));
            if (text == Catalogue.Vietnamese.Chat.SomethingWentWrong || text == Catalogue.Vietnamese.Chat.NotVerified || text.Length == 0)
                throw new InvalidOperationException($"«{question.Text}» from {question.Chat} was not answered: {text}");
            _expected[(question.Chat.Key, question.Text!)] = text;
        }
    }

    public Task AskAsync(IncomingMessage message) => AskAsync(message, 0);

    /// <summary>Asks through the <paramref name="host"/>-th engine: bot processes sharing one database.</summary>
    public Task AskAsync((IncomingMessage Message, int Host) question) => AskAsync(question.Message, question.Host);

    private async Task AskAsync(IncomingMessage message, int host)
    {
        string text;
        try
        {
            await using var turn = Turns is null ? null : await Turns[host].TakeAsync(message.Chat, CancellationToken.None);
            text = TextOf(await engines[host].HandleAsync(message, CancellationToken.None));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The engine answers its handlers' failures itself, but it loads the chat's state before that.
            text = $"{e.GetType().Name} {Escaped}: {e.Message}";
        }
        var expected = _expected[(message.Chat.Key, message.Text!)];
        if (text == expected) return;
        if (text == Catalogue.Vietnamese.Chat.SomethingWentWrong || text.Contains(Escaped, StringComparison.Ordinal)) Interlocked.Increment(ref _failed);
        else Interlocked.Increment(ref _wrong);
        if (_examples.Count >= ExamplesKept) return;
        var line = text.Split('\n').Zip(expected.Split('\n')).FirstOrDefault(p => p.First != p.Second);
        _examples.Enqueue($"«{message.Text}» from {message.Chat}: «{line.First}» instead of «{line.Second}»");
    }

    private static string TextOf(IReadOnlyList<Reply> replies) => string.Join("\n\n", replies.Select(r => r.Text));
}
