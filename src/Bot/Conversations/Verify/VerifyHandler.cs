using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.State;
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
public sealed class VerifyHandler(Verification verification, SchoolCalendar calendar, IStudentDirectory students, ITeacherDirectory teachers)
    : ICommandHandler, IFlowHandler
{
    public CommandInfo Info { get; } = new("start", "begin", Audience.Everyone, "Bắt đầu, xác minh phụ huynh", "Start: verify as a parent")
    {
        Phrases = ["bat dau", "xac minh", "dang ky"],
    };

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (IsLocked(turn)) return Task.CompletedTask;
        if (DeepLink.TryParse(arguments, out var student, out var code))
        {
            Report(turn, verification.ByCode(turn.Chat, student.Value, code, calendar.Today));
            return Task.CompletedTask;
        }
        turn.Enter(new AwaitingStudentCode());
        turn.Say(new Reply(ChatTexts.AskStudentCode) { AsksForPhone = true });
        return Task.CompletedTask;
    }

    public bool Continues(FlowState state) => state is AwaitingStudentCode or AwaitingProof;

    public Task ContinueAsync(Turn turn, CancellationToken cancellationToken)
    {
        var text = turn.Text.Trim();
        if (IsLocked(turn)) return Task.CompletedTask;
        switch (turn.State.Flow)
        {
            case AwaitingStudentCode when StudentCode.TryParse(text, out var code):
                AskProof(turn, code);
                break;
            case AwaitingStudentCode:
                turn.Say(ChatTexts.BadStudentCode);
                break;
            case AwaitingProof when !ActivationCode.LooksLikeCode(text) && StudentCode.TryParse(text, out var other):
                // Another student code (or the same one again): ask for the proof of that one.
                AskProof(turn, other);
                break;
            case AwaitingProof proof:
                Report(turn, verification.ByCode(turn.Chat, proof.StudentCode, text, calendar.Today));
                break;
        }
        return Task.CompletedTask;
    }

    /// <summary>A contact card at any moment: the sender's own phone verifies a teacher, and a parent.</summary>
    public Task ContactSharedAsync(Turn turn, CancellationToken cancellationToken)
    {
        var contact = turn.Message.Contact!;
        if (IsLocked(turn)) return Task.CompletedTask;
        if (contact.OwnerId != turn.Message.SenderId)
        {
            Report(turn, verification.RefuseForeignContact(turn.Chat));
            return Task.CompletedTask;
        }
        StudentCode? student = turn.State.Flow is AwaitingProof proof ? StudentCode.Parse(proof.StudentCode) : null;
        if (!PhoneNumber.TryParse(contact.Phone, out var phone))
        {
            Report(turn, VerificationOutcome.Refused(VerificationFailure.NoMatch));
            return Task.CompletedTask;
        }
        var outcome = verification.ByPhone(turn.Chat, phone, student);
        if (!outcome.Succeeded && student is null && outcome.Failure == VerificationFailure.NoMatch)
        {
            turn.EndFlow();
            turn.Say(new Reply(ChatTexts.PhoneNotOnRecord) { ClearsKeyboard = true });
            return Task.CompletedTask;
        }
        Report(turn, outcome);
        return Task.CompletedTask;
    }

    /// <summary>A teacher's code that is no student's is asked for as a teacher's; any other code as a student's.</summary>
    private void AskProof(Turn turn, StudentCode code)
    {
        turn.Enter(new AwaitingProof(code.Value));
        var teacher = students.Find(code) is null ? teachers.Find(code.Value) : null;
        var text = teacher is null ? ChatTexts.AskProof(code) : ChatTexts.AskTeacherProof(teacher.Code);
        turn.Say(new Reply(text) { AsksForPhone = true });
    }

    private bool IsLocked(Turn turn)
    {
        if (verification.LockedUntil(turn.Chat) is not { } until) return false;
        turn.EndFlow();
        turn.Say(new Reply(ChatTexts.Locked(calendar.ToLocal(until))) { ClearsKeyboard = true });
        return true;
    }

    private void Report(Turn turn, VerificationOutcome outcome)
    {
        turn.EndFlow();
        turn.Refresh();
        var text = outcome.Failure switch
        {
            null when outcome.Children.Count > 0 && outcome.Teacher is { } t =>
                ChatTexts.TeacherRecognised(t.FullName) + "\n" + ChatTexts.Linked(outcome.Children),
            null when outcome.Teacher is { } t => ChatTexts.TeacherRecognised(t.FullName),
            null => ChatTexts.Linked(outcome.Children),
            VerificationFailure.Locked => ChatTexts.Locked(calendar.ToLocal(outcome.LockedUntil!.Value)),
            VerificationFailure.NotOwnContact => ChatTexts.NotOwnContact,
            VerificationFailure.CodeUsedOrExpired => ChatTexts.CodeUsedOrExpired,
            _ when outcome.LockedUntil is { } until => ChatTexts.NoMatch + "\n" + ChatTexts.Locked(calendar.ToLocal(until)),
            _ => ChatTexts.NoMatch,
        };
        if (outcome.Succeeded && outcome.Children.Count > 0) turn.Select(outcome.Children[^1].Code);
        turn.Say(new Reply(text) { ClearsKeyboard = true });
    }
}
