using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Conversations;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Conversations.Leave;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Tests.Channels;

/// <summary>The engine's own rules, through the harness (no HTTP): all or nothing per turn, choices by key.</summary>
public sealed class ConversationEngineTests
{
    private const string Parent = "p1";

    /// <summary>A command that changes the chat's state, then fails as a bug would.</summary>
    private sealed class FailingHandler : ICommandHandler
    {
        public CommandInfo Info { get; } = new("hong", "broken", Audience.Everyone, "—", "—") { InMenu = false, EndsFlow = false };

        public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
        {
            turn.EndFlow();
            turn.Select(StudentCode.Parse("HS0002"));
            turn.Say("nửa chừng");
            throw new InvalidOperationException("a bug");
        }
    }

    [Fact]
    public async Task AHandlerThatThrows_LeavesTheChatAsItWas_AndSaysSorry()
    {
        using var h = new ConversationHarness(s => s.AddSingleton<ICommandHandler, FailingHandler>());
        await h.Say(Parent, "/start");
        await h.Say(Parent, DemoSchool.FirstStudentCode);
        await h.ShareOwnPhone(Parent, DemoSchool.FirstParentPhone);
        await h.Say(Parent, "/dongy co");
        await h.Say(Parent, "/xinnghi");
        var before = (await h.Service<IChatStates>().LoadAsync(ConversationHarness.Chat(Parent), CancellationToken.None));

        var replies = await h.Say(Parent, "/hong");

        Assert.Equal([Catalogue.Vietnamese.Chat.SomethingWentWrong], replies.Select(r => r.Text));
        var after = await h.Service<IChatStates>().LoadAsync(ConversationHarness.Chat(Parent), CancellationToken.None);
        // The offer left by the consent's buttons compares by what it holds, not by its list.
        Assert.Equal(before with { Offer = null }, after with { Offer = null });
        Assert.Equal(before.Offer?.Id, after.Offer?.Id);
        Assert.Equal(before.Offer?.Choices, after.Offer?.Choices);
        Assert.IsType<AwaitingLeave>(before.Flow);
    }

    [Fact]
    public async Task OnAChannelWithoutButtons_TheReplyListsKeys_AndTheKeyPicksTheChoice()
    {
        using var h = new ConversationHarness();
        await h.Say(Parent, "/start");
        await h.Say(Parent, DemoSchool.FirstStudentCode);
        await h.ShareOwnPhone(Parent, DemoSchool.FirstParentPhone);
        await h.Say(Parent, "/dongy co");

        var offer = (await h.Say(Parent, "/roi")).Single();
        var picked = (await h.Say(Parent, "1")).Single();

        Assert.Equal(["1"], offer.ChoiceKeys);
        Assert.StartsWith("Đã hủy liên kết (HS0001)", picked.Text);
    }
}
