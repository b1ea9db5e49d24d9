using SoLienLac.Bot.Storage;
using SoLienLac.Bot.Tests.Fakes.Telegram;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Channels.Telegram;

/// <summary>A fake Bot API, a copy of the demo school and the bot polling it; disposed after each test.</summary>
public abstract class TelegramTestBase : IAsyncLifetime
{
    protected TempDirectory Dir { get; } = new();

    protected ManualClock Clock { get; } = new();

    protected FakeBotApi Api { get; private set; } = null!;

    protected TelegramBotUnderTest Bot { get; set; } = null!;

    protected string DatabasePath => Store.DatabasePath;

    /// <summary>The engine this class's bot runs on: LiteDB unless a subclass runs the same suite on PostgreSQL.</summary>
    protected virtual StorageProvider Provider => StorageProvider.LiteDb;

    /// <summary>This test's own copy of the demo school, on <see cref="Provider"/>.</summary>
    protected StoreUnderTest Store { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        await using (var ports = Store.OpenPorts()) await PrepareAsync(ports);
        Api = await FakeBotApi.StartAsync();
        Bot = await StartBotAsync();
        await Api.WaitUntilPolling();
    }

    /// <summary>The store the bot opens: a copy of the demo school unless a suite sets up its own.</summary>
    protected virtual Task<StoreUnderTest> CreateStoreAsync() => StoreUnderTest.CopyDemoAsync(Provider, Dir);

    /// <summary>Settings of this class's bot laid over the test defaults (a backup folder, say).</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    /// <summary>Changes to the store, through its ports, before the bot opens it.</summary>
    protected virtual Task PrepareAsync(IServiceProvider ports) => Task.CompletedTask;

    private Task<TelegramBotUnderTest> StartBotAsync()
    {
        var settings = Store.Settings();
        foreach (var (key, value) in Settings ?? new Dictionary<string, string?>()) settings[key] = value;
        return TelegramBotUnderTest.StartAsync(Api, DatabasePath, Clock, settings);
    }

    public virtual async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Api.DisposeAsync();
        Dir.Dispose();
    }

    protected async Task RestartBot()
    {
        await Bot.DisposeAsync();
        Bot = await StartBotAsync();
        await Api.WaitUntilPolling();
    }

    /// <summary>A parent types a line in their private chat (chat id = user id) and the bot's next answer comes back.</summary>
    protected async Task<SentMessage> Say(long user, string text)
    {
        Api.SendText(user, user, text);
        return await Api.WaitForMessage(user);
    }

    /// <summary>Presses the inline button so labelled under <paramref name="message"/>; the bot's next answer comes back.</summary>
    protected async Task<SentMessage> Press(long chat, SentMessage message, string label)
    {
        var button = message.ReplyMarkup!["inline_keyboard"]!.AsArray().SelectMany(r => r!.AsArray()).First(b => (string?)b!["text"] == label)!;
        Api.PressButton(chat, chat, (string)button["callback_data"]!, message.MessageId);
        return await Api.WaitForMessage(chat);
    }

    protected async Task<SentMessage> ShareOwnPhone(long user, string phone)
    {
        Api.ShareContact(user, user, phone, user);
        return await Api.WaitForMessage(user);
    }

    /// <summary>/start and the teacher's own phone: recognised as a teacher of the school.</summary>
    protected async Task VerifyTeacher(long chat, string phone)
    {
        await Say(chat, "/start");
        var reply = await ShareOwnPhone(chat, phone);
        Assert.Contains("xác minh là giáo viên", reply.Text);
    }

    /// <summary>/start, the student code, the parent's own phone, then "Đồng ý" to the consent when linked: the whole verification. Returns the bot's answer to the proof.</summary>
    protected async Task<SentMessage> VerifyByPhone(long user, string studentCode, string phone)
    {
        await Say(user, "/start");
        await Say(user, studentCode);
        var verified = await ShareOwnPhone(user, phone);
        // Linked to a child: the consent comes next (a refused proof or a teacher alone gets none).
        if (verified.Text!.Contains("Xác minh thành công", StringComparison.Ordinal) || verified.Text.StartsWith("Verified.", StringComparison.Ordinal))
            await Consent(user);
        return verified;
    }

    /// <summary>The consent shown after a parent's proof is accepted: "Đồng ý" pressed; the bot's thanks come back.</summary>
    protected async Task<SentMessage> Consent(long user)
    {
        var consent = await Api.WaitForMessage(user);
        var english = consent.Text!.Contains("Consent to the school processing personal data", StringComparison.Ordinal);
        Assert.True(english || consent.Text.Contains("Đồng ý cho nhà trường xử lý dữ liệu cá nhân", StringComparison.Ordinal), consent.Text);
        return await Press(user, consent, english ? "✅ I agree" : "✅ Đồng ý");
    }
}
