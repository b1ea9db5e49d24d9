using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Channels;

/// <summary>
/// A chat whose channel never says its language (Zalo, the local chat) reads <c>School:Language</c>;
/// a language a message does carry wins, and is remembered.
/// </summary>
public sealed class SchoolLanguageTests
{
    private const string Parent = "p1";

    private static readonly Dictionary<string, string?> English = new() { ["School:Language"] = "en" };

    private static async Task Verify(ConversationHarness h)
    {
        await h.Say(Parent, "/start");
        await h.Say(Parent, DemoSchool.FirstStudentCode);
        await h.ShareOwnPhone(Parent, DemoSchool.FirstParentPhone);
        await h.Say(Parent, "/dongy co");
    }

    [Fact]
    public async Task SchoolLanguageEnglish_MakesAChatWithoutALanguageEnglish()
    {
        using var h = new ConversationHarness(settings: English);

        var start = await h.Say(Parent, "/start");
        await h.Say(Parent, DemoSchool.FirstStudentCode);
        var linked = await h.ShareOwnPhone(Parent, DemoSchool.FirstParentPhone);
        var agreed = await h.Say(Parent, "/consent yes");
        var grades = await h.Say(Parent, "diem");
        var unlink = await h.Say(Parent, "/roi");

        Assert.StartsWith("Welcome to the school's electronic contact book.", start.Single().Text);
        Assert.StartsWith("Verified. You are now linked with: ", linked[0].Text);
        Assert.StartsWith("🔒 Consent to the school processing personal data", linked[1].Text);
        Assert.Equal(["✅ I agree", "I do not agree"], linked[1].Buttons.Select(row => row[0].Label));
        Assert.StartsWith("✅ Thank you.", agreed.Single().Text);
        Assert.StartsWith("📘 Scores, Term I, school year 2026-2027", grades.Single().Text);
        Assert.StartsWith("Which child do you want to unlink?", unlink.Single().Text);
        Assert.Equal($"Unlink {DemoSchool.FirstStudentName}", unlink.Single().Buttons[0][0].Label);
        Assert.Equal("en", unlink.Single().Language);
    }

    [Fact]
    public async Task ALanguageTheMessageCarries_BeatsTheSchools_AndIsRememberedForTheChat()
    {
        using var h = new ConversationHarness();
        var chat = ConversationHarness.Chat(Parent);

        var english = await h.Send(new IncomingMessage(chat, Parent, IsPrivate: true) { Text = "/help", Language = "en" });
        var after = await h.Say(Parent, "/help");

        Assert.StartsWith("Electronic contact book — the commands you can use:", english.Single().Text);
        Assert.StartsWith("Electronic contact book — the commands you can use:", after.Single().Text);
        Assert.Equal("en", (await h.Service<IChatStates>().LoadAsync(chat, CancellationToken.None)).Language);
    }

    [Fact]
    public async Task AChatsLanguage_OutlivesItsForgottenFlow()
    {
        using var h = new ConversationHarness();
        var chat = ConversationHarness.Chat(Parent);
        await h.Send(new IncomingMessage(chat, Parent, IsPrivate: true) { Text = "/start", Language = "en" });

        await h.Service<Domain.Chats.IChatStore>().ForgetFlowsUntouchedSinceAsync(h.Clock.GetUtcNow().AddDays(30), CancellationToken.None);

        Assert.Null((await h.Service<IChatStates>().LoadAsync(chat, CancellationToken.None)).Flow);
        Assert.Equal("en", (await h.Service<IChatStates>().LoadAsync(chat, CancellationToken.None)).Language);
    }

    [Fact]
    public async Task AGroup_IsAnsweredInTheSendersLanguage_AndKeepsNone()
    {
        using var h = new ConversationHarness();
        var group = ConversationHarness.Chat("g1");

        var replies = await h.Send(new IncomingMessage(group, Parent, IsPrivate: false) { Text = "/diem", Language = "en" });

        Assert.StartsWith("To keep students' records private, the contact book only answers in a private chat.", replies.Single().Text);
        Assert.Null((await h.Service<IChatStates>().LoadAsync(group, CancellationToken.None)).Language);
    }

    [Fact]
    public async Task AVietnameseSchoolsChat_ReadsExactlyTheVietnamese_WhileAnEnglishChatReadsEnglish()
    {
        using var h = new ConversationHarness();
        await Verify(h);
        var english = await h.Send(new IncomingMessage(ConversationHarness.Chat("p2"), "p2", IsPrivate: true) { Text = "/cancel", Language = "en" });

        var vietnamese = await h.Say(Parent, "/cancel");

        Assert.Equal("Nothing is in progress. Type /help to see the commands.", english.Single().Text);
        Assert.Equal("Không có thao tác nào đang dở. Gõ /trogiup để xem các lệnh.", vietnamese.Single().Text);
    }
}
