using System.Net;
using System.Text;
using SoLienLac.Bot.Channels.Telegram;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Storage;
using SoLienLac.Bot.Tests.Channels.Telegram;
using SoLienLac.Bot.Tests.Fakes.Telegram;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.OnPostgreSql;

/// <summary>
/// Two bot processes in webhook mode behind a load balancer, on one PostgreSQL database: any process takes
/// any update. A parent's flow goes on whichever process takes the next step; an update delivered to both
/// is answered once; a burst of one chat's updates spread over both is answered once each, a turn at a time.
/// </summary>
public sealed class TwoWebhookProcessesTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "a-secret-of-thirty-two-characters";
    private const long Parent = 8801;
    private readonly TempDirectory _dir = new();
    private readonly HttpClient _http = new();
    private readonly ManualClock _clock = new();
    private FakeBotApi _api = null!;
    private StoreUnderTest _store = null!;
    private TelegramBotUnderTest _a = null!;
    private TelegramBotUnderTest _b = null!;
    private int _updateId;

    public async Task InitializeAsync()
    {
        _store = await StoreUnderTest.CopyDemoAsync(StorageProvider.PostgreSql, _dir);
        _api = await FakeBotApi.StartAsync();
        _a = await StartAsync("bot-a");
        _b = await StartAsync("bot-b");
    }

    private Task<TelegramBotUnderTest> StartAsync(string name)
    {
        var settings = _store.Settings();
        settings["Instance:Name"] = name;
        settings["Telegram:Mode"] = "Webhook";
        settings["Telegram:WebhookUrl"] = "https://so.example.vn/telegram/update";
        settings["Telegram:WebhookSecret"] = Secret;
        settings["Telegram:WebhookListen"] = "http://127.0.0.1:0";
        return TelegramBotUnderTest.StartAsync(_api, _store.DatabasePath, _clock, settings);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _api.DisposeAsync();
    }

    public void Dispose()
    {
        _http.Dispose();
        _dir.Dispose();
    }

    private static Uri Endpoint(TelegramBotUnderTest bot) => new(bot.Service<TelegramWebhook>().ListeningOn!, "/telegram/update");

    private static string Update(int id, long chat, string content) =>
        $$$"""{"update_id":{{{id}}},"message":{"message_id":{{{id}}},"date":1795000000,"chat":{"id":{{{chat}}},"type":"private"},"from":{"id":{{{chat}}},"is_bot":false,"first_name":"Phụ huynh"},{{{content}}} }}""";

    private static string Message(int id, long chat, string text) => Update(id, chat, $"\"text\":{System.Text.Json.JsonSerializer.Serialize(text)}");

    private static string Contact(int id, long chat, string phone) =>
        Update(id, chat, $$$"""
            "contact":{"phone_number":"{{{phone}}}","first_name":"Phụ huynh","user_id":{{{chat}}}}
            """);

    private async Task<HttpStatusCode> Post(TelegramBotUnderTest bot, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint(bot)) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<SentMessage> Step(TelegramBotUnderTest bot, string json)
    {
        Assert.Equal(HttpStatusCode.OK, await Post(bot, json));
        return await _api.WaitForMessage(Parent);
    }

    [Fact]
    public async Task AParentsFlow_GoesOnWhicheverProcessTakesTheNextStep_AndEachUpdateIsAnsweredOnce()
    {
        // Verification, step by step, each step to the other process.
        await Step(_a, Message(++_updateId, Parent, "/start"));
        await Step(_b, Message(++_updateId, Parent, DemoSchool.FirstStudentCode));
        var linked = await Step(_a, Contact(++_updateId, Parent, DemoSchool.FirstParentPhone));
        Assert.Contains("Xác minh thành công", linked.Text);
        await _api.WaitForMessage(Parent, m => m.Text!.Contains("Đồng ý", StringComparison.Ordinal) || m.ReplyMarkup?.ToJsonString().Contains("Đồng ý", StringComparison.Ordinal) == true);
        await Step(_b, Message(++_updateId, Parent, "/dongy co"));

        // The same update delivered to both processes (a retry through the balancer): one answer.
        var twice = Message(++_updateId, Parent, "/diem");
        await Task.WhenAll(Post(_a, twice), Post(_b, twice));
        await _api.WaitForMessage(Parent, m => m.Text!.StartsWith("📘", StringComparison.Ordinal));
        await _api.WaitUntilIdle();
        Assert.Single(_api.SentTo(Parent), m => m.Text!.StartsWith("📘", StringComparison.Ordinal));

        // A burst of one chat's updates over both processes: each answered once.
        var before = _api.SentTo(Parent).Count;
        var burst = Enumerable.Range(0, 10).Select(i => Post(i % 2 == 0 ? _a : _b, Message(++_updateId, Parent, "/chuyencan"))).ToList();
        Assert.All(await Task.WhenAll(burst), status => Assert.Equal(HttpStatusCode.OK, status));
        await _api.WaitForMessages(Parent, 10, m => m.Text!.StartsWith("📅", StringComparison.Ordinal));
        await _api.WaitUntilIdle();
        Assert.Equal(10, _api.SentTo(Parent).Skip(before).Count(m => m.Text!.StartsWith("📅", StringComparison.Ordinal)));
    }
}
