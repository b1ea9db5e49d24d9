using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SoLienLac.Bot.Tests.Fakes.Zalo;

public sealed class FakeZaloApiTests : IAsyncLifetime, IDisposable
{
    private const string Parent = "zalo-user-42";
    private const string Secret = "webhook-secret-123";
    private readonly HttpClient _http = new();
    private FakeZaloApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeZaloApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task GetMe_AnswersTheBotAccount()
    {
        var (status, body) = await Call("getMe");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body["ok"]!.GetValue<bool>());
        Assert.Equal(FakeZaloApi.BotId, body["result"]!["id"]!.GetValue<string>());
        Assert.Equal("solienlac_bot", body["result"]!["account_name"]!.GetValue<string>());
        Assert.Equal("BASIC", body["result"]!["account_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetUpdates_ReturnsOneUpdateObject_NotAnArray()
    {
        _api.SendText(Parent, Parent, "/start ABC123");

        var (_, body) = await Call("getUpdates", new { timeout = "30" });

        var update = Assert.IsType<JsonObject>(body["result"]);
        Assert.Equal("message.text.received", update["event_name"]!.GetValue<string>());
        Assert.Equal("/start ABC123", update["message"]!["text"]!.GetValue<string>());
        Assert.Equal(Parent, update["message"]!["chat"]!["id"]!.GetValue<string>());
        Assert.Equal("PRIVATE", update["message"]!["chat"]!["chat_type"]!.GetValue<string>());
        Assert.False(update["message"]!["from"]!["is_bot"]!.GetValue<bool>());
    }

    [Fact]
    public async Task GetUpdates_AnswersRequestTimeout_WhenNothingArrivesInTime()
    {
        var clock = Stopwatch.StartNew();

        var (status, body) = await Call("getUpdates", new { timeout = 1 });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body["ok"]!.GetValue<bool>());
        Assert.Equal(408, body["error_code"]!.GetValue<int>());
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(5));
        Assert.Equal(1, _api.CountAnswers("getUpdates", 408));
    }

    [Fact]
    public async Task GetUpdates_DeliversAQueuedUpdateOnlyOnce()
    {
        _api.SendImage("group-7", Parent, "https://example.test/a.jpg", caption: "Bài tập", chatType: "GROUP");

        var (_, first) = await Call("getUpdates", new { timeout = "1" });
        var (_, second) = await Call("getUpdates", new { timeout = "1" });

        Assert.Equal("message.image.received", first["result"]!["event_name"]!.GetValue<string>());
        Assert.Equal("Bài tập", first["result"]!["message"]!["caption"]!.GetValue<string>());
        Assert.Equal(408, second["error_code"]!.GetValue<int>());
        Assert.Equal(0, _api.PendingUpdates);
    }

    [Fact]
    public async Task GetUpdates_LongPoll_ReturnsAsSoonAsAnUpdateArrives()
    {
        var poll = Call("getUpdates", new { timeout = 20 });
        await _api.WaitUntilPolling();

        _api.SendSticker(Parent, Parent, "sticker-1");
        var (_, body) = await poll.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("message.sticker.received", body["result"]!["event_name"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendMessage_IsRecorded_AndWaitForMessageReadsTheChatForward()
    {
        var (_, first) = await Call("sendMessage", new { chat_id = Parent, text = "Xin chào" });
        await Call("sendMessage", new { chat_id = Parent, text = "Điểm Toán: 8,5" });

        Assert.NotNull(first["result"]!["message_id"]);
        Assert.Equal("Xin chào", (await _api.WaitForMessage(Parent)).Text);
        Assert.Equal("Điểm Toán: 8,5", (await _api.WaitForMessage(Parent)).Text);
        Assert.Equal(2, _api.SentTo(Parent).Count);
    }

    [Fact]
    public async Task SendMessage_RefusesMoreThan2000Characters()
    {
        var (status, body) = await Call("sendMessage", new { chat_id = Parent, text = new string('a', 2001) });
        var (fits, _) = await Call("sendMessage", new { chat_id = Parent, text = new string('a', 2000) });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, body["error_code"]!.GetValue<int>());
        Assert.Contains("too long", body["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fits);
        Assert.Single(_api.Sent);
    }

    [Fact]
    public async Task Webhook_DeliversWithTheSecret_WrappedAndBare_AndRulesOutPolling()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        await Call("setWebhook", new { url = receiver.Url, secret_token = Secret });
        var update = FakeZaloUpdates.Text(Parent, Parent, "Chào cô");

        var bare = await _api.DeliverToWebhook(update, wrapped: false);
        var wrapped = await _api.DeliverToWebhook(update, wrapped: true);
        var (_, info) = await Call("getWebhookInfo");
        var (_, polled) = await Call("getUpdates", new { timeout = 1 });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], [bare, wrapped]);
        var received = receiver.Received.ToArray();
        Assert.All(received, r => Assert.Equal(Secret, r.Secret));
        Assert.Equal("Chào cô", received[0].Body!["message"]!["text"]!.GetValue<string>());
        Assert.True(received[1].Body!["ok"]!.GetValue<bool>());
        Assert.Equal("Chào cô", received[1].Body!["result"]!["message"]!["text"]!.GetValue<string>());
        Assert.Equal(receiver.Url, info["result"]!["url"]!.GetValue<string>());
        Assert.Equal(409, polled["error_code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Webhook_WithAWrongSecret_GetsTheBotsRefusal()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        await Call("setWebhook", new { url = receiver.Url, secret_token = Secret });

        var status = await _api.DeliverToWebhook(FakeZaloUpdates.Unsupported(Parent, Parent), wrapped: false, secretOverride: "wrong-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("wrong-secret", Assert.Single(receiver.Received).Secret);
    }

    [Fact]
    public async Task DeleteWebhook_ClearsTheUrl_AndPollingWorksAgain()
    {
        await Call("setWebhook", new { url = "https://example.test/hook", secret_token = Secret });

        await Call("deleteWebhook");
        var (_, info) = await Call("getWebhookInfo");
        _api.SendText(Parent, Parent, "lại");
        var (_, polled) = await Call("getUpdates", new { timeout = 1 });

        Assert.Equal("", info["result"]!["url"]!.GetValue<string>());
        Assert.Equal("lại", polled["result"]!["message"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task AWrongToken_Answers401_AndAnUnknownMethod404()
    {
        var (wrongToken, body) = await Call("getMe", token: "not-the-token");
        var (unknown, _) = await Call("sendSticker");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongToken);
        Assert.Equal(401, body["error_code"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, unknown);
    }

    [Fact]
    public async Task Faults_AreServedAsAskedFor()
    {
        _api.RespondTooManyRequests("sendMessage", 1);
        _api.FailWithServerError("sendChatAction", 1);
        _api.ForbidChat("blocked");

        var (limited, _) = await Call("sendMessage", new { chat_id = Parent, text = "1" });
        var (served, _) = await Call("sendMessage", new { chat_id = Parent, text = "2" });
        var (broken, _) = await Call("sendChatAction", new { chat_id = Parent, action = "typing" });
        var (forbidden, _) = await Call("sendPhoto", new { chat_id = "blocked", photo = "https://example.test/p.png" });

        Assert.Equal(
            [HttpStatusCode.TooManyRequests, HttpStatusCode.OK, HttpStatusCode.InternalServerError, HttpStatusCode.Forbidden],
            [limited, served, broken, forbidden]);
        Assert.Equal(1, _api.CountAnswers("sendMessage", 429));
        Assert.Equal("2", Assert.Single(_api.Sent).Text);
    }

    [Fact]
    public async Task WaitUntilIdle_ReturnsOnceTheQueueIsTaken_WhileAPollWaits()
    {
        _api.SendText(Parent, Parent, "hi");
        await Call("getUpdates", new { timeout = 1 });
        var waiting = Call("getUpdates", new { timeout = 20 });
        await _api.WaitUntilPolling();

        await _api.WaitUntilIdle(timeout: TimeSpan.FromSeconds(3));

        Assert.False(waiting.IsCompleted);
    }

    [Fact]
    public async Task Dispose_EndsAWaitingPollPromptly()
    {
        var poll = Call("getUpdates", new { timeout = 30 });
        await _api.WaitUntilPolling();
        var clock = Stopwatch.StartNew();

        await _api.DisposeAsync();
        var (_, body) = await poll.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(408, body["error_code"]!.GetValue<int>());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3));
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> Call(string method, object? parameters = null, string? token = null)
    {
        using var content = JsonContent.Create(parameters ?? new { });
        using var response = await _http.PostAsync(new Uri($"{_api.BaseUrl}/bot{token ?? _api.Token}/{method}"), content);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response.StatusCode, body);
    }
}
