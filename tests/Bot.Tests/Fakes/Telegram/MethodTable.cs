namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>The methods the fake serves, by name; the Bot API ignores the case of method names.</summary>
internal sealed class MethodTable
{
    private readonly Dictionary<string, BotApiHandler> _handlers = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string method, BotApiHandler handler) => _handlers.Add(method, handler);

    public void Add(string method, Func<BotApiRequest, BotApiResult> handler) =>
        _handlers.Add(method, (request, _) => Task.FromResult(handler(request)));

    public BotApiHandler? Find(string method) => _handlers.GetValueOrDefault(method);
}
