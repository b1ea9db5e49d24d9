using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Verify;

/// <summary>
/// /start → student code (or a teacher's code) → proof: the sender's own phone shared from the chat
/// app, or the school's activation code (the only way on Zalo, which cannot share a phone).
/// <c>/start HS0012_7KQ4M2XP</c> (a deep link; <c>GV003_…</c> for a teacher) links in one step. A
/// wrong code or phone never says which of the two was wrong.
/// </summary>
public sealed class VerifyHandler(Verification verification, SchoolCalendar calendar, ITeacherDirectory teachers, IChatLinks links, INotifier notifier,
    Catalogues catalogues, Privacy.ConsentGate consent)
    : ICommandHandler, IFlowHandler
{
    public CommandInfo Info { get; } = new("start", "begin", Audience.Everyone, "Bắt đầu, xác minh phụ huynh", "Start: verify as a parent")
    {
        Phrases = ["bat dau", "xac minh", "dang ky"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await IsLockedAsync(turn, cancellationToken)) return;
        if (DeepLink.TryParse(arguments, out var student, out var code))
        {
            await ReportAsync(turn, await verification.ByCodeAsync(turn.Chat, student.Value, code, calendar.Today, cancellationToken), cancellationToken);
            return;
        }
        turn.Enter(new AwaitingStudentCode());
        turn.Say(new Reply(turn.Texts.Verify.AskStudentCode) { AsksForPhone = true });
    }

    public bool Continues(FlowState state) => state is AwaitingStudentCode or AwaitingProof;

    public async Task ContinueAsync(Turn turn, CancellationToken cancellationToken)
    {
        var text = turn.Text.Trim();
        if (await IsLockedAsync(turn, cancellationToken)) return;
        switch (turn.State.Flow)
        {
            case AwaitingStudentCode when StudentCode.TryParse(text, out var code):
                AskProof(turn, code);
                break;
            case AwaitingStudentCode:
                turn.Say(turn.Texts.Verify.BadStudentCode);
                break;
            case AwaitingProof when !ActivationCode.LooksLikeCode(text) && StudentCode.TryParse(text, out var other):
                // Another student code (or the same one again): ask for the proof of that one.
                AskProof(turn, other);
                break;
            case AwaitingProof proof:
                await ReportAsync(turn, await verification.ByCodeAsync(turn.Chat, proof.StudentCode.Value, text, calendar.Today, cancellationToken), cancellationToken);
                break;
        }
    }

    /// <summary>A contact card at any moment: the sender's own phone verifies a teacher, and a parent.</summary>
    public async Task ContactSharedAsync(Turn turn, CancellationToken cancellationToken)
    {
        var contact = turn.Message.Contact!;
        if (await IsLockedAsync(turn, cancellationToken)) return;
        if (contact.OwnerId != turn.Message.SenderId)
        {
            await SayAsync(turn, await verification.RefuseForeignContactAsync(turn.Chat, cancellationToken), cancellationToken);
            return;
        }
        StudentCode? student = turn.State.Flow is AwaitingProof proof ? proof.StudentCode : null;
        if (!PhoneNumber.TryParse(contact.Phone, out var phone))
        {
            await SayAsync(turn, VerificationOutcome.Refused(VerificationFailure.NoMatch), cancellationToken);
            return;
        }
        var outcome = await verification.ByPhoneAsync(turn.Chat, phone, student, cancellationToken);
        if (!outcome.Succeeded && student is null && outcome.Failure == VerificationFailure.NoMatch)
        {
            turn.EndFlow();
            turn.Say(new Reply(turn.Texts.Verify.PhoneNotOnRecord) { ClearsKeyboard = true });
            return;
        }
        await SayAsync(turn, outcome, cancellationToken);
    }

    /// <summary>
    /// The same question whatever the code is — a student's, a teacher's, or nobody's — and nothing
    /// looked up: the answer lets nobody list which codes exist.
    /// </summary>
    private static void AskProof(Turn turn, StudentCode code)
    {
        turn.Enter(new AwaitingProof(code));
        turn.Say(new Reply(turn.Texts.Verify.AskProof(code)) { AsksForPhone = true });
    }

    private async Task<bool> IsLockedAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (await verification.LockedUntilAsync(turn.Chat, cancellationToken) is not { } until) return false;
        turn.EndFlow();
        turn.Say(new Reply(turn.Texts.Verify.Locked(calendar.ToLocal(until))) { ClearsKeyboard = true });
        return true;
    }

    private async Task ReportAsync(Turn turn, VerificationOutcome outcome, CancellationToken cancellationToken)
    {
        await SayAsync(turn, outcome, cancellationToken);
        if (outcome.JustLocked is { } student) await TellHomeroomAsync(student, cancellationToken);
    }

    /// <summary>Codes were tried for one student from many chats until the day's limit: the homeroom teacher hears of it once.</summary>
    private async Task TellHomeroomAsync(Student student, CancellationToken cancellationToken)
    {
        var until = calendar.Now + HolderLock.Window;
        var chats = await teachers.HomeroomChatsAsync(links, student.ClassName, cancellationToken);
        var textsOf = await catalogues.OfAsync(chats.Select(c => c.Chat), cancellationToken);
        foreach (var chat in chats)
        {
            var texts = textsOf(chat.Chat);
            var message = new Reply(texts.Verify.HolderLockedForTeacher(student.FullName, student.Code, calendar.ToLocal(until))) { Language = texts.Language };
            await notifier.NotifyAsync($"verify-lock:{student.Code}:{until.UtcTicks}:{chat.Chat.Key}", chat.Chat, message,
                CodeHolder.Teacher(chat.TeacherCode), cancellationToken);
        }
    }

    private async Task SayAsync(Turn turn, VerificationOutcome outcome, CancellationToken cancellationToken)
    {
        turn.EndFlow();
        await turn.RefreshAsync(cancellationToken);
        var texts = turn.Texts.Verify;
        var text = outcome.Failure switch
        {
            null when outcome.Children.Count > 0 && outcome.Teacher is { } t =>
                texts.TeacherRecognised(t.FullName) + "\n" + texts.Linked(outcome.Children),
            null when outcome.Teacher is { } t => texts.TeacherRecognised(t.FullName),
            null => texts.Linked(outcome.Children),
            VerificationFailure.Locked => texts.Locked(calendar.ToLocal(outcome.LockedUntil!.Value)),
            VerificationFailure.HolderLocked => texts.HolderLocked(calendar.ToLocal(outcome.LockedUntil!.Value)),
            VerificationFailure.NotOwnContact => texts.NotOwnContact,
            VerificationFailure.CodeUsedOrExpired => texts.CodeUsedOrExpired,
            _ when outcome.LockedUntil is { } until => texts.NoMatch + "\n" + texts.Locked(calendar.ToLocal(until)),
            _ => texts.NoMatch,
        };
        if (outcome.Succeeded && outcome.Children.Count > 0) turn.Select(outcome.Children[^1].Code);
        turn.Say(new Reply(text) { ClearsKeyboard = true });
        // A parent newly linked sees the consent before anything of the child.
        if (outcome.Succeeded && outcome.Children.Count > 0) await consent.AskIfNeededAsync(turn, cancellationToken);
    }
}
