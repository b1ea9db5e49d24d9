namespace SoLienLac.Bot.Tests.Fakes.Zalo;

/// <summary>The methods the fake serves, by name, ignoring case.</summary>
internal sealed class ZaloMethodTable
{
    private readonly Dictionary<string, ZaloHandler> _handlers = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string method, ZaloHandler handler) => _handlers.Add(method, handler);

    public void Add(string method, Func<ZaloApiRequest, ZaloApiResult> handler) =>
        _handlers.Add(method, (request, _) => Task.FromResult(handler(request)));

    public ZaloHandler? Find(string method) => _handlers.GetValueOrDefault(method);
}
