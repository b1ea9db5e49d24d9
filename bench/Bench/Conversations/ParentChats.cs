using System.Globalization;
using SoLienLac.Bot.Demo;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bench.Conversations;

/// <summary>
/// Parents' Telegram chats linked to random students of the store, as a verification by phone
/// saves them: one child a chat, the first guardian's phone as proof. The same seed gives the same chats.
/// </summary>
internal static class ParentChats
{
    private const long FirstChatId = 700_000_001;

    public static IReadOnlyList<ParentLink> Link(IChatLinks links, IStudentDirectory students, int count, int seed, DateTimeOffset now)
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
            linked.Add(link);
        }
        return linked;
    }
}
