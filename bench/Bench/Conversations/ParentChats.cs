using System.Globalization;
using SoLienLac.Bot.Demo;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bench.Conversations;

/// <summary>
/// Parents' Telegram chats linked to random students of the store, as a verification by phone
/// saves them (and, for the questions, the consent that follows): one child a chat, the first guardian's phone as proof. The same seed gives the same chats.
/// </summary>
internal static class ParentChats
{
    private const long FirstChatId = 700_000_001;

    /// <param name="consent">When given, each chat also agrees to the consent text it would be shown (as a parent presses "Đồng ý"): the version for the chat.</param>
    public static IReadOnlyList<ParentLink> Link(IChatLinks links, IStudentDirectory students, int count, int seed, DateTimeOffset now,
        (IConsents Store, Func<ChatAddress, string> VersionFor)? consent = null)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(students);
        var random = new Random(seed);
        var population = students.CountStudentsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var children = new HashSet<int>();
        while (children.Count < count) children.Add(random.Next(1, population + 1));

        var linked = new List<ParentLink>(count);
        foreach (var number in children)
        {
            var child = DemoProfile.CodeOf(number);
            var phone = students.GuardiansOfAsync(child, CancellationToken.None).GetAwaiter().GetResult().FirstOrDefault(g => g.Phone is not null)?.Phone;
            var chat = new ChatAddress("telegram", (FirstChatId + linked.Count).ToString(CultureInfo.InvariantCulture));
            var link = new ParentLink(chat, child, phone is null ? LinkProof.ActivationCode : LinkProof.Phone, phone?.National, now, null);
            links.SaveAsync(link, CancellationToken.None).GetAwaiter().GetResult();
            if (consent is { } c)
                c.Store.RecordAsync(new Consent(chat, $"{phone?.National} — {child}", now, c.VersionFor(chat), ConsentDecision.Agreed), CancellationToken.None).GetAwaiter().GetResult();
            linked.Add(link);
        }
        return linked;
    }
}
