using SoLienLac.Storage.LiteDb;
using SoLienLac.Bot.Tests.Fakes.Zalo;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Tests.Channels.Zalo;

/// <summary>Zalo never says a user's language: a school that sets <c>School:Language=en</c> is answered in English there, notes and keys included.</summary>
public sealed class ZaloEnglishTests : IAsyncLifetime, IDisposable
{
    private const string Chat = "zalo-chat-en";
    private const string User = "zalo-user-en";
    private readonly TempDirectory _dir = new();
    private FakeZaloApi _api = null!;
    private ZaloBotUnderTest _bot = null!;
    private string _code = "";

    public async Task InitializeAsync()
    {
        var db = DemoDatabase.CopyTo(_dir);
        using (var store = SchoolDatabase.Open(db))
        {
            var (code, record) = ActivationCode.Issue(StudentCode.Parse("HS0001"), new DateOnly(2027, 7, 31));
            new LiteDbActivationCodes(store).Save(record);
            _code = code;
        }
        _api = await FakeZaloApi.StartAsync();
        _bot = await ZaloBotUnderTest.StartAsync(_api, db, new ManualClock(), new Dictionary<string, string?> { ["School:Language"] = "en" });
        await _api.WaitUntilPolling();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
    }

    public void Dispose() => _dir.Dispose();

    private async Task<string> Say(string text)
    {
        _api.SendText(Chat, User, text);
        return (await _api.WaitForMessage(Chat)).Text ?? "";
    }

    [Fact]
    public async Task AParent_LinksAndChoosesInEnglish()
    {
        var start = await Say("/start");
        await Say("HS0001");
        var linked = await Say(_code);
        var consent = (await _api.WaitForMessage(Chat)).Text ?? "";
        var agreed = await Say("1");
        var options = await Say("/unlink");

        Assert.EndsWith("\n\n(On Zalo, parents and teachers verify with the activation code on the school's letter.)", start);
        Assert.StartsWith("Verified. You are now linked with: ", linked);
        Assert.Contains("Answer with a number:\n1. ✅ I agree\n2. I do not agree", consent);
        Assert.StartsWith("✅ Thank you.", agreed);
        Assert.Contains("\n\nAnswer with a number:\n1. Unlink ", options);
        Assert.StartsWith("Unlinked (HS0001).", await Say("1"));
    }
}
