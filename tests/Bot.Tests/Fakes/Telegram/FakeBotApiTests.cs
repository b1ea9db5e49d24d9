using System.Diagnostics;
using System.Text;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

public sealed class FakeBotApiTests : IAsyncLifetime, IDisposable
{
    private const long Parent = 4242;
    private readonly HttpClient _http = new();
    private FakeBotApi _api = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _bot = Client(_api.Token);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task GetMe_AnswersTheTestBot_WithTheIdFromTheToken()
    {
        var me = await _bot.GetMe();

        Assert.True(me.IsBot);
        Assert.Equal(123456, me.Id);
        Assert.Equal(FakeBotApi.DefaultBotUsername, me.Username);
    }

    [Fact]
    public async Task GetUpdates_DeliversAnInjectedText_UntilAnOffsetConfirmsIt()
    {
        var id = _api.SendText(Parent, Parent, "/start@SoLienLacTestBot ABC123");

        var first = await _bot.GetUpdates();
        var again = await _bot.GetUpdates();
        var afterConfirm = await _bot.GetUpdates(offset: id + 1);

        var message = Assert.Single(first).Message!;
        Assert.Equal("/start@SoLienLacTestBot ABC123", message.Text);
        Assert.Equal(Parent, message.Chat.Id);
        Assert.Equal(ChatType.Private, message.Chat.Type);
        Assert.Equal(Parent, message.From!.Id);
        Assert.Equal(MessageEntityType.BotCommand, Assert.Single(message.Entities!).Type);
        Assert.Equal(id, Assert.Single(again).Id);
        Assert.Empty(afterConfirm);
        Assert.Equal(0, _api.PendingUpdates);
    }

    [Fact]
    public async Task GetUpdates_LongPoll_ReturnsAsSoonAsAnUpdateArrives()
    {
        var clock = Stopwatch.StartNew();
        var poll = _bot.GetUpdates(timeout: 20);
        await Task.Delay(300);
        Assert.False(poll.IsCompleted);

        _api.SendText(-1001, Parent, "Chào cô", chatType: "supergroup");
        var updates = await poll.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(ChatType.Supergroup, Assert.Single(updates).Message!.Chat.Type);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task GetUpdates_LongPoll_AnswersEmptyOnceTheTimeoutPasses()
    {
        var clock = Stopwatch.StartNew();

        var updates = await _bot.GetUpdates(timeout: 1);

        Assert.Empty(updates);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task GetUpdates_ACancelledPoll_LosesNoUpdate()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _bot.GetUpdates(timeout: 20, cancellationToken: cancel.Token));

        _api.SendText(Parent, Parent, "điểm");

        Assert.Equal("điểm", Assert.Single(await _bot.GetUpdates(timeout: 5)).Message!.Text);
    }

    [Fact]
    public async Task ShareContact_And_PressButton_ArriveAsTheClientReadsThem()
    {
        _api.ShareContact(Parent, Parent, "84912345678", Parent);
        var sent = await _bot.SendMessage(Parent, "Chọn lớp", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("6A", "class:6A")));
        _api.PressButton(Parent, Parent, "class:6A", sent.Id);

        var updates = await _bot.GetUpdates();
        var query = updates[1].CallbackQuery!;
        await _bot.AnswerCallbackQuery(query.Id, "Đã chọn 6A");

        Assert.Equal("84912345678", updates[0].Message!.Contact!.PhoneNumber);
        Assert.Equal(Parent, updates[0].Message!.Contact!.UserId);
        Assert.Equal("class:6A", query.Data);
        Assert.Equal(sent.Id, query.Message!.Id);
        Assert.Equal("Chọn lớp", query.Message.Text);
        Assert.Equal(new AnsweredCallback(query.Id, Parent, "class:6A", "Đã chọn 6A", false), Assert.Single(_api.AnsweredCallbacks));
    }

    [Fact]
    public async Task SendMessage_WithAnInlineKeyboard_IsRecordedWithItsMarkup()
    {
        var markup = new InlineKeyboardMarkup([[InlineKeyboardButton.WithCallbackData("Có", "yes"), InlineKeyboardButton.WithCallbackData("Không", "no")]]);

        var message = await _bot.SendMessage(Parent, "<b>Xác nhận?</b>", ParseMode.Html, replyMarkup: markup);

        var sent = Assert.Single(_api.Sent);
        Assert.Equal(message.Id, sent.MessageId);
        Assert.Equal("Xác nhận?", message.Text);
        Assert.Equal("Xác nhận?", sent.VisibleText);
        // Telegram.Bot sends ParseMode.Html as "Html"; the Bot API reads parse_mode case-insensitively.
        Assert.Equal("Html", sent.ParseMode);
        Assert.Equal("no", sent.ReplyMarkup!["inline_keyboard"]![0]![1]!["callback_data"]!.GetValue<string>());
        Assert.Equal("yes", message.ReplyMarkup!.InlineKeyboard.First().First().CallbackData);
    }

    [Fact]
    public async Task SendMessage_WithARequestContactKeyboard_IsRecordedWithItsMarkup()
    {
        var markup = new ReplyKeyboardMarkup(KeyboardButton.WithRequestContact("Gửi số điện thoại")) { ResizeKeyboard = true, OneTimeKeyboard = true };

        await _bot.SendMessage(Parent, "Xin số điện thoại", replyMarkup: markup);

        var button = (await _api.WaitForMessage(Parent)).ReplyMarkup!["keyboard"]![0]![0]!;
        Assert.Equal("Gửi số điện thoại", button["text"]!.GetValue<string>());
        Assert.True(button["request_contact"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SendDocument_UploadsAsMultipart_AndIsRecordedWithNameAndBytes()
    {
        var bytes = Encoding.UTF8.GetBytes("Họ tên,Điểm\nAn,9.5\n");
        using var stream = new MemoryStream(bytes);

        var message = await _bot.SendDocument(Parent, InputFile.FromStream(stream, "Bảng điểm 6A.csv"), caption: "Bảng điểm tháng 10",
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Tải lại", "reload")));

        var sent = Assert.Single(_api.Sent);
        Assert.Equal(("sendDocument", "Bảng điểm 6A.csv", "Bảng điểm tháng 10"), (sent.Method, sent.DocumentName, sent.Text));
        Assert.Equal(bytes, sent.DocumentBytes);
        Assert.Equal("Bảng điểm 6A.csv", message.Document!.FileName);
        Assert.Equal("text/csv", message.Document.MimeType);
        Assert.Equal("reload", sent.ReplyMarkup!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>());
        Assert.Equal("attach://0", _api.Calls.Single(c => c.Method == "sendDocument").Parameters["document"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetFile_ThenDownloadFile_GivesBackTheBytesTheUserSent()
    {
        var bytes = new byte[] { 0x50, 0x4B, 3, 4, 42 };
        _api.SendDocument(Parent, Parent, "diem.xlsx", bytes);
        var document = Assert.Single(await _bot.GetUpdates()).Message!.Document!;

        var file = await _bot.GetFile(document.FileId);
        using var downloaded = new MemoryStream();
        await _bot.DownloadFile(file.FilePath!, downloaded);

        Assert.Equal("diem.xlsx", document.FileName);
        Assert.Equal(bytes.Length, file.FileSize);
        Assert.Equal(bytes, downloaded.ToArray());
    }

    [Fact]
    public async Task TooManyRequests_SurfacesAsApiRequestException_WithRetryAfter_WhenTheClientDoesNotRetry()
    {
        _api.RespondTooManyRequests("sendMessage", times: 1, retryAfterSeconds: 7);
        var bot = _api.CreateClient(options => options.RetryCount = 0);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(Parent, "Thông báo"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(7, error.Parameters!.RetryAfter);
        Assert.Empty(_api.Sent);
        Assert.Equal(1, _api.CountAnswers("sendMessage", 429));
    }

    [Fact]
    public async Task TooManyRequests_IsRetriedByTheClientItself_WithDefaultOptions()
    {
        _api.RespondTooManyRequests("sendMessage", times: 1, retryAfterSeconds: 1);

        await _bot.SendMessage(Parent, "Thông báo");

        Assert.Equal((1, 1), (_api.CountAnswers("sendMessage", 429), _api.CountAnswers("sendMessage")));
        Assert.Equal("Thông báo", Assert.Single(_api.Sent).Text);
    }

    [Fact]
    public async Task ForbiddenChat_Answers403_AndServerError500()
    {
        _api.ForbidChat(Parent);
        _api.FailWithServerError("sendMessage", times: 1);

        // An injected failure goes to the next call of the method, whatever its chat.
        var failed = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(Parent + 1, "Nhắc học phí"));
        var blocked = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(Parent, "Nhắc học phí"));
        await _bot.SendMessage(Parent + 1, "Nhắc học phí");

        Assert.Equal(403, blocked.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", blocked.Message);
        Assert.Equal(500, failed.ErrorCode);
        Assert.Equal(Parent + 1, Assert.Single(_api.Sent).ChatId);
    }

    [Fact]
    public async Task WrongToken_Answers401()
    {
        var stranger = Client("999:WRONG");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => stranger.GetMe());

        Assert.Equal(401, error.ErrorCode);
        Assert.False(await stranger.TestApi());
    }

    [Fact]
    public async Task UnknownMethod_Answers404_InTheBotApiEnvelope()
    {
        using var response = await _http.PostAsync(new Uri($"{_api.BaseUrl}/bot{_api.Token}/sendTelepathy"), null);

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("""{"ok":false,"error_code":404,"description":"Not Found: method not found"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SetMyCommands_IsRecorded_AndGetMyCommandsReadsItBack()
    {
        await _bot.SetMyCommands([new BotCommand { Command = "diem", Description = "Xem điểm" }], BotCommandScope.AllPrivateChats(), "vi");

        var read = await _bot.GetMyCommands(BotCommandScope.AllPrivateChats(), "vi");

        var set = Assert.Single(_api.Commands);
        Assert.Equal([new MenuCommand("diem", "Xem điểm")], set.Commands);
        Assert.Equal(("vi", "all_private_chats"), (set.LanguageCode, set.ScopeType));
        Assert.Equal("diem", Assert.Single(read).Command);
        await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SetMyCommands([new BotCommand { Command = "điểm", Description = "Xem điểm" }]));
    }

    [Theory]
    [InlineData("Điểm < 5", "can't parse entities")]
    [InlineData("<b>Lớp 6A", "can't parse entities")]
    public async Task SendMessage_RefusesWhatTelegramRefuses(string html, string problem)
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(Parent, html, ParseMode.Html));

        Assert.Equal(400, error.ErrorCode);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_RefusesTextsOverTheLimit_AndOversizedCallbackData()
    {
        var tooLong = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(Parent, new string('a', 4097)));
        var bigData = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(Parent, "Chọn",
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("x", new string('đ', 33)))));

        Assert.Equal("Bad Request: message is too long", tooLong.Message);
        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", bigData.Message);
    }

    [Fact]
    public async Task EditMessageText_IsRecorded_AndAnUnchangedEditIsRefused()
    {
        var message = await _bot.SendMessage(Parent, "Đang xử lý…");

        await _bot.EditMessageText(Parent, message.Id, "Xong");
        var unchanged = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.EditMessageText(Parent, message.Id, "Xong"));

        var edits = await _api.WaitForMessages(Parent, 2);
        Assert.Equal(("editMessageText", message.Id, "Xong"), (edits[1].Method, edits[1].MessageId, edits[1].Text));
        Assert.StartsWith("Bad Request: message is not modified", unchanged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitForMessage_ReadsForward_AndTimesOutDescribingWhatWasSent()
    {
        await _bot.SendMessage(Parent, "Một");
        await _bot.SendMessage(Parent, "Hai");

        var first = await _api.WaitForMessage(Parent);
        var second = await _api.WaitForMessage(Parent);
        var timeout = await Assert.ThrowsAsync<TimeoutException>(() => _api.WaitForMessage(Parent, timeout: TimeSpan.FromMilliseconds(300)));

        Assert.Equal(("Một", "Hai"), (first.Text, second.Text));
        Assert.Contains("\"Hai\"", timeout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitUntilIdle_ReturnsOnceUpdatesAreConfirmed_AndNothingIsInFlight()
    {
        var id = _api.SendText(Parent, Parent, "/trogiup");
        var idle = _api.WaitUntilIdle();
        await Task.Delay(300);
        Assert.False(idle.IsCompleted);

        await _bot.GetUpdates();
        await _bot.SendMessage(Parent, "Trợ giúp");
        await _bot.GetUpdates(offset: id + 1);

        await idle.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task TheClientsOwnPollingLoop_GetsUpdates_AndConfirmsThem()
    {
        using var stop = new CancellationTokenSource();
        _bot.StartReceiving(
            (bot, update, ct) => bot.SendMessage(update.Message!.Chat, $"Đã nhận: {update.Message.Text}", cancellationToken: ct),
            (_, _, _) => Task.CompletedTask,
            new ReceiverOptions { DropPendingUpdates = true },
            stop.Token);

        await _api.WaitUntilPolling();
        _api.SendText(Parent, Parent, "/diem");
        var reply = await _api.WaitForMessage(Parent);
        await _api.WaitUntilIdle();
        await stop.CancelAsync();

        Assert.Equal("Đã nhận: /diem", reply.Text);
        Assert.Single(_api.Sent);
    }

    [Fact]
    public async Task Dispose_EndsAWaitingLongPoll_Promptly()
    {
        var api = await FakeBotApi.StartAsync();
        // The test's own HttpClient: the fake's is disposed with it, which could cut the answer short.
        var poll = new TelegramBotClient(new TelegramBotClientOptions(api.Token, api.BaseUrl), _http).GetUpdates(timeout: 60);
        await Task.Delay(200);
        var clock = Stopwatch.StartNew();

        await api.DisposeAsync();

        Assert.Empty(await poll.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    private TelegramBotClient Client(string token) => new(new TelegramBotClientOptions(token, _api.BaseUrl), _http);
}
