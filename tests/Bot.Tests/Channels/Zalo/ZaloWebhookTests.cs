using System.Net;
using SoLienLac.Bot.Tests.Fakes.Zalo;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Channels.Zalo;

/// <summary>Zalo's webhook mode: the secret header is checked; a wrapped body is unwrapped.</summary>
public sealed class ZaloWebhookTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "zalo-secret-of-some-length";
    private readonly TempDirectory _dir = new();
    private FakeZaloApi _api = null!;
    private ZaloBotUnderTest _bot = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeZaloApi.StartAsync();
        _bot = await ZaloBotUnderTest.StartAsync(_api, DemoDatabase.CopyTo(_dir), new ManualClock(), new Dictionary<string, string?>
        {
            ["Zalo:WebhookUrl"] = "https://truong.example.vn/zalo/update",
            ["Zalo:WebhookSecret"] = Secret,
            ["Zalo:WebhookListen"] = "http://127.0.0.1:0",
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
    }

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnUpdateWithTheSecret_IsAnswered_WrappedOrNot(bool wrapped)
    {
        Assert.Equal("https://truong.example.vn/zalo/update", _api.WebhookUrl);
        // The platform posts to the public URL; here the fake posts to where the bot listens, same path.
        var local = new Uri(_bot.Service<SoLienLac.Bot.Channels.Zalo.ZaloWebhook>().ListeningOn!, "/zalo/update");
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, local)
        {
            Content = new StringContent((wrapped ? $$"""{"ok":true,"result":{{FakeZaloUpdates.Text("zw", "u", "/start").ToJsonString()}}}""" : FakeZaloUpdates.Text("zw", "u", "/start").ToJsonString()),
                System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Bot-Api-Secret-Token", Secret);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("hãy nhập mã học sinh", (await _api.WaitForMessage("zw")).Text);
    }

    [Fact]
    public async Task AMessageSentAgain_IsAcknowledged_ButAnsweredOnce()
    {
        var update = FakeZaloUpdates.Text("zd", "u", "/start").ToJsonString();

        var first = await Post(update);
        var again = await Post(update);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], [first, again]);
        await _api.WaitUntilIdle();
        Assert.Single(_api.SentTo("zd"));
    }

    /// <summary>The platform posts to the public URL; here the test posts to where the bot listens, same path.</summary>
    private async Task<HttpStatusCode> Post(string json)
    {
        var local = new Uri(_bot.Service<SoLienLac.Bot.Channels.Zalo.ZaloWebhook>().ListeningOn!, "/zalo/update");
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, local) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Bot-Api-Secret-Token", Secret);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task AWrongSecret_IsRefused()
    {
        var local = new Uri(_bot.Service<SoLienLac.Bot.Channels.Zalo.ZaloWebhook>().ListeningOn!, "/zalo/update");
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, local)
        {
            Content = new StringContent(FakeZaloUpdates.Text("zx", "u", "/start").ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Bot-Api-Secret-Token", "not-the-secret");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_api.SentTo("zx"));
    }
}
