using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Delivery;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Privacy;

/// <summary>
/// The consent's answers, from its buttons: <c>/dongy co VERSION</c> agrees to the text of that
/// version, <c>/dongy khong VERSION</c> declines it, <c>/dongy rut</c> withdraws (from
/// <c>/dulieu</c>). Each is kept with who, when, which chat and which text. Declining or withdrawing
/// ends the chat's links to its children and withdraws what was waiting to be sent to it.
/// </summary>
public sealed class ConsentHandler(IConsents consents, ConsentGate gate, Verification verification, EndedLinkNotices notices,
    IChatLinks links, IStudentDirectory students, SchoolCalendar calendar) : ICommandHandler
{
    public CommandInfo Info { get; } = new("dongy", "consent", Audience.Parent, "Đồng ý xử lý dữ liệu cá nhân", "Consent to processing personal data")
    {
        InMenu = false,
        BeforeConsent = true,
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Children.Count == 0)
        {
            turn.Say(turn.Texts.Chat.NotVerified);
            return;
        }
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        ConsentDecision? decision = words.Length == 0 ? null : VietnameseText.Fold(words[0]) switch
        {
            "co" or "dongy" or "yes" or "agree" => ConsentDecision.Agreed,
            "khong" or "no" or "decline" => ConsentDecision.Declined,
            "rut" or "withdraw" => ConsentDecision.Withdrawn,
            _ => null,
        };
        var current = (await gate.TextForAsync(turn, cancellationToken)).Version;
        if (decision is not { } answer)
        {
            if (!await gate.AskIfNeededAsync(turn, cancellationToken)) turn.Say(turn.Texts.Privacy.Agreed);
            return;
        }
        // The version the parent was shown (in the button), or the text shown now when typed by hand.
        var version = words.Length > 1 ? words[1] : current;
        await consents.RecordAsync(new Consent(turn.Chat, await PersonAsync(turn, cancellationToken), calendar.Now, version, answer), cancellationToken);
        if (answer == ConsentDecision.Agreed)
        {
            // Agreed to a text changed since it was shown: the new one is shown at once.
            if (!await gate.AskIfNeededAsync(turn, cancellationToken)) turn.Say(turn.Texts.Privacy.Agreed);
            return;
        }
        var ended = await verification.UnlinkAsync(turn.Chat, null, cancellationToken);
        await notices.WithdrawAsync(ended, cancellationToken);
        await turn.RefreshAsync(cancellationToken);
        turn.Say(answer == ConsentDecision.Declined ? turn.Texts.Privacy.Declined : turn.Texts.Privacy.Withdrawn);
    }

    /// <summary>Who answered: each guardian the chat proved it is (name, relation, phone as on the roster) and their child.</summary>
    private async Task<string> PersonAsync(Turn turn, CancellationToken cancellationToken)
    {
        var people = new List<string>();
        foreach (var link in await links.ChildrenOfAsync(turn.Chat, cancellationToken))
        {
            var guardian = await students.GuardianOfAsync(link, cancellationToken);
            people.Add(guardian is null
                ? $"{link.Phone ?? link.Proof.ToString()} — {link.Student}"
                : $"{guardian.FullName} ({guardian.Relation}), {link.Phone} — {link.Student}");
        }
        return string.Join("; ", people);
    }
}
