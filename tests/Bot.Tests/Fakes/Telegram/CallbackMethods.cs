namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>The button presses the tests made, and answerCallbackQuery for them.</summary>
internal sealed class CallbackMethods(Journal<AnsweredCallback> answered)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (long ChatId, string Data)> _pressed = new(StringComparer.Ordinal);

    public void Pressed(string callbackQueryId, long chatId, string data)
    {
        lock (_gate) _pressed[callbackQueryId] = (chatId, data);
    }

    public void AddTo(MethodTable table) => table.Add("answerCallbackQuery", Answer);

    private BotApiResult Answer(BotApiRequest request)
    {
        var id = request.String("callback_query_id");
        (long ChatId, string Data)? press;
        lock (_gate) press = id is not null && _pressed.TryGetValue(id, out var found) ? found : null;
        if (press is null) return BotApiResult.BadRequest("query is too old and response timeout expired or query ID is invalid");
        answered.Add(new AnsweredCallback(id!, press.Value.ChatId, press.Value.Data, request.String("text"), request.Bool("show_alert")));
        return BotApiResult.Ok(true);
    }
}
