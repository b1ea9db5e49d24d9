using System.Net;
using System.Text;
using SoLienLac.Bot.Channels.Telegram;
using SoLienLac.Bot.Tests.Fakes.Telegram;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Channels.Telegram;

/// <summary>Webhook mode: Telegram posts updates to our endpoint, which checks the secret before anything else.</summary>
public sealed class WebhookTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "a-secret-of-thirty-two-characters";
    private readonly TempDirectory _dir = new();
    private readonly HttpClient _http = new();
    private FakeBotApi _api = null!;
    private TelegramBotUnderTest _bot = null!;
    private Uri _endpoint = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _bot = await TelegramBotUnderTest.StartAsync(_api, DemoDatabase.CopyTo(_dir), new ManualClock(), new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://truong.example.vn/telegram/update",
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:WebhookListen"] = "http://127.0.0.1:0",
        });
        _endpoint = new Uri(_bot.Service<TelegramWebhook>().ListeningOn!, "/telegram/update");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
    }

    public void Dispose()
    {
        _http.Dispose();
        _dir.Dispose();
    }

    private async Task<HttpStatusCode> Post(string? secret, string json, bool chunked = false)
    {
        HttpContent content = chunked ? new ChunkedContent(json) : new StringContent(json, Encoding.UTF8, "application/json");
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = content };
        if (secret is not null) request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }

    private static string StartUpdate(long chat) =>
        $$$"""{"update_id":1,"message":{"message_id":1,"date":1795000000,"chat":{"id":{{{chat}}},"type":"private"},"from":{"id":{{{chat}}},"is_bot":false,"first_name":"Phụ huynh"},"text":"/start"}}""";

    [Fact]
    public async Task TheWebhookIsRegisteredWithItsSecret()
    {
        var call = Assert.Single(_api.Calls, c => c.Method == "setWebhook");

        Assert.Equal("https://truong.example.vn/telegram/update", (string?)call.Parameters["url"]);
        Assert.Equal(Secret, (string?)call.Parameters["secret_token"]);
    }

    [Fact]
    public async Task Health_SaysTheStoreAnswers_WhichInstanceThisIs_AndThatItSends_WithoutASecret()
    {
        using var response = await _http.GetAsync(new Uri(_endpoint, "/health"));
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (string?)body["status"]);
        Assert.Equal("ok", (string?)body["database"]);
        Assert.False(string.IsNullOrEmpty((string?)body["instance"]));
        // One process on the file: it is the sender as soon as it has asked (every two seconds at most).
        for (var i = 0; i < 50 && (bool?)body["sender"] != true; i++)
        {
            await Task.Delay(100);
            using var again = await _http.GetAsync(new Uri(_endpoint, "/health"));
            body = System.Text.Json.Nodes.JsonNode.Parse(await again.Content.ReadAsStringAsync())!;
        }
        Assert.True((bool?)body["sender"]);
        Assert.DoesNotContain(Secret, body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUpdateWithTheSecret_IsAnswered()
    {
        Assert.Equal(HttpStatusCode.OK, await Post(Secret, StartUpdate(8001)));

        var reply = await _api.WaitForMessage(8001);

        Assert.Contains("hãy nhập mã học sinh", reply.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a-secret-of-thirty-two-characterz")]
    [InlineData("a-secret")]
    public async Task AnUpdateWithoutTheRightSecret_IsRefused_AndNothingIsSent(string? secret)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(secret, StartUpdate(8002)));

        await _api.WaitUntilIdle();
        Assert.Empty(_api.SentTo(8002));
    }

    [Fact]
    public async Task AnUpdateSentAgain_IsAcknowledged_ButAnsweredOnce()
    {
        // Telegram sends an update again when the answer to it was slow; the parent must not get two replies.
        Assert.Equal(HttpStatusCode.OK, await Post(Secret, StartUpdate(8003)));
        Assert.Equal(HttpStatusCode.OK, await Post(Secret, StartUpdate(8003)));

        await _api.WaitUntilIdle();
        Assert.Single(_api.SentTo(8003));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ABodyOverOneMegabyte_IsRefused_AndNothingIsHandled(bool chunked)
    {
        var huge = StartUpdate(8004).Replace("\"text\":\"/start\"", $"\"text\":\"/start {new string('a', 1_100_000)}\"", StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await Post(Secret, huge, chunked));

        await _api.WaitUntilIdle();
        Assert.Empty(_api.SentTo(8004));
    }

    [Fact]
    public async Task AMalformedBody_IsABadRequest() =>
        Assert.Equal(HttpStatusCode.BadRequest, await Post(Secret, "{not json"));
}
