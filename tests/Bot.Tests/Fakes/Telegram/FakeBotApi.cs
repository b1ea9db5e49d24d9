using System.Globalization;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>
/// A Telegram Bot API server on 127.0.0.1 that the real Telegram.Bot client talks HTTP to. Tests put
/// updates in (<see cref="SendText"/>, <see cref="PressButton"/>, …), read what the bot sent
/// (<see cref="Sent"/>, <see cref="WaitForMessage"/>) and make calls fail on purpose (<see cref="ForbidChat"/>).
/// </summary>
public sealed partial class FakeBotApi : IAsyncDisposable
{
    public const string DefaultToken = "123456:TEST-TOKEN";
    public const string DefaultBotUsername = "SoLienLacTestBot";

    private readonly CancellationTokenSource _stopping = new();
    private readonly HttpClient _http = new();
    private readonly ActivityMonitor _activity = new();
    private readonly FileStore _files = new();
    private readonly FaultPlan _faults = new();
    private readonly Journal<SentMessage> _sent = new();
    private readonly Journal<ApiCall> _calls = new();
    private readonly Journal<CommandsSet> _commands = new();
    private readonly Journal<AnsweredCallback> _answered = new();
    private readonly UpdateQueue _updates;
    private readonly ChatBook _chats;
    private readonly MessageArchive _archive = new();
    private readonly CallbackMethods _callbacks;
    private readonly LoopbackServer _server;
    private int _disposed;

    private FakeBotApi(string token, string botUsername, TimeProvider time)
    {
        var botId = long.Parse(token.Split(':')[0], CultureInfo.InvariantCulture);
        var bot = new User { Id = botId, IsBot = true, FirstName = "Sổ Liên Lạc", Username = botUsername, CanJoinGroups = true };
        Token = token;
        _updates = new UpdateQueue(_activity);
        _reader = new ChatReader<SentMessage, long>(_sent, m => m.ChatId);
        _chats = new ChatBook(bot, time);
        _callbacks = new CallbackMethods(_answered);

        var methods = new MethodTable();
        new BotInfoMethods(bot, _commands).AddTo(methods);
        new UpdateMethods(_updates, _stopping.Token).AddTo(methods);
        new MessageMethods(_chats, _archive, _sent).AddTo(methods);
        new EditMethods(_chats, _archive, _sent).AddTo(methods);
        new MediaMethods(_chats, _files, _sent).AddTo(methods);
        _callbacks.AddTo(methods);
        var files = new FileMethods(_files);
        files.AddTo(methods);
        _server = new LoopbackServer(new BotApiEndpoint(token, methods, files, _faults, _calls, _activity, _stopping.Token).Handle);
    }

    /// <summary>The bot's token; its part before the colon is the bot's user id, as Telegram.Bot expects.</summary>
    public string Token { get; }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:54321</c>: the client's <c>baseUrl</c>.</summary>
    public string BaseUrl => _server.BaseUrl;

    public long BotId => _chats.Bot.Id;

    public string BotUsername => _chats.Bot.Username!;

    public static async Task<FakeBotApi> StartAsync(
        string token = DefaultToken, string botUsername = DefaultBotUsername, TimeProvider? time = null)
    {
        var fake = new FakeBotApi(token, botUsername, time ?? TimeProvider.System);
        try
        {
            await fake._server.StartAsync();
            return fake;
        }
        catch
        {
            await fake.DisposeAsync();
            throw;
        }
    }

    /// <summary>A real client pointed at this server, over an HttpClient the fake owns and disposes.</summary>
    /// <param name="configure">E.g. <c>o =&gt; o.RetryCount = 0</c>: Telegram.Bot retries a 429 by itself otherwise.</param>
    public TelegramBotClient CreateClient(Action<TelegramBotClientOptions>? configure = null)
    {
        var options = new TelegramBotClientOptions(Token, BaseUrl);
        configure?.Invoke(options);
        return new TelegramBotClient(options, _http);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stopping.CancelAsync();
        await _server.DisposeAsync();
        _http.Dispose();
        _stopping.Dispose();
    }
}
