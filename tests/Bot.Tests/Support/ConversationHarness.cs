using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Conversations;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Hosting;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Tests.Support;

/// <summary>
/// A conversation without HTTP: the serving host's engine and dispatcher on a copy of the demo
/// school (the real store, a file of its own), a recording channel, a manual clock. A flow is tested
/// in a few lines: <c>await h.Say("1", "/xinnghi")</c> returns what the bot answered.
/// </summary>
public sealed class ConversationHarness : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly IHost _host;

    /// <param name="settings">Settings laid over the test defaults (<c>School:Language</c>, say).</param>
    public ConversationHarness(Action<IServiceCollection>? overrides = null, IDictionary<string, string?>? settings = null)
    {
        var terminal = new Terminal(TextReader.Null, TextWriter.Null, TextWriter.Null, ShowsProgress: false);
        var all = DemoDatabase.Settings(DemoDatabase.CopyTo(_dir));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        _host = SchoolHost.BuildService(all, terminal, chatOnly: true, services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(Channel);
            services.AddSingleton<IChatChannel>(Channel);
            overrides?.Invoke(services);
        });
    }

    public ManualClock Clock { get; } = new();

    public RecordingChannel Channel { get; } = new();

    public T Service<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public static ChatAddress Chat(string id) => new(RecordingChannel.Channel, id);

    /// <summary>A person types a line in their private chat; the replies of that turn come back.</summary>
    public Task<IReadOnlyList<Reply>> Say(string chat, string text) => Send(new IncomingMessage(Chat(chat), chat, IsPrivate: true) { Text = text });

    /// <summary>The person shares their own phone, as the chat app's button does.</summary>
    public Task<IReadOnlyList<Reply>> ShareOwnPhone(string chat, string phone) =>
        Send(new IncomingMessage(Chat(chat), chat, IsPrivate: true) { Contact = new SharedContact(phone, chat) });

    public async Task<IReadOnlyList<Reply>> Send(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var before = Channel.SentTo(message.Chat).Count;
        await Service<ChatDispatcher>().DispatchAsync(message, Channel, CancellationToken.None);
        return Channel.SentTo(message.Chat).Skip(before).ToList();
    }

    public void Dispose()
    {
        _host.Dispose();
        _dir.Dispose();
    }
}
