using SoLienLac.Domain.Students;
using Microsoft.Extensions.Options;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.Teaching;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Scheduling;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Privacy;

/// <summary>
/// <c>/xoadulieu</c>: a parent asks for their own data to be erased — acknowledged at once with the
/// deadline and what stays (the school's records of the child), and shown to the school's admins, who
/// confirm it (<c>/xoadulieu xacnhan ID</c>, their button); at the deadline the bot carries it out itself.
/// </summary>
public sealed class ErasureHandler(IErasureRequests requests, Erasures erasures, ITeacherDirectory teachers, IChatLinks links, INotifier notifier,
    IStudentDirectory students, Catalogues catalogues, SchoolCalendar calendar, IOptions<PrivacyOptions> options, IOptions<BackupOptions> backups) : ICommandHandler
{
    public CommandInfo Info { get; } = new("xoadulieu", "erase", Audience.Parent | Audience.Teacher, "Yêu cầu xóa dữ liệu của phụ huynh", "Ask for your data to be erased")
    {
        Phrases = ["xoa du lieu"],
        BeforeConsent = true,
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length > 0 && Domain.Common.VietnameseText.Fold(words[0]) is "xacnhan" or "confirm")
        {
            await ConfirmAsync(turn, words.Length > 1 ? words[1] : "", cancellationToken);
            return;
        }
        if (words.Length > 0 && Domain.Common.VietnameseText.Fold(words[0]) is "giulai" or "keep")
        {
            await KeepAsync(turn, words.Length > 1 ? words[1] : "", string.Join(' ', words.Skip(2)), cancellationToken);
            return;
        }
        if (turn.Children.Count == 0)
        {
            turn.Say(turn.Texts.Chat.NotVerified);
            return;
        }
        var texts = turn.Texts.Privacy;
        var waiting = (await requests.AllAsync(cancellationToken)).FirstOrDefault(r => r.Status == ErasureStatus.Pending && r.Chat == turn.Chat.Key);
        if (waiting is not null)
        {
            turn.Say(texts.ErasureAlreadyAsked(turn.Texts.Format.Moment(calendar.ToLocal(waiting.Deadline))));
            return;
        }
        var now = calendar.Now;
        var request = new ErasureRequest(Guid.NewGuid(), turn.Chat.Key, now, now + options.Value.ErasureWithin);
        await requests.SaveAsync(request, cancellationToken);
        turn.Say(texts.ErasureAcknowledged(turn.Texts.Format.Moment(calendar.ToLocal(request.Deadline)), backups.Value.Keep));
        await TellAdminsAsync(request, turn.Children.Select(c => c.ClassName.School).Distinct().ToList(), string.Join(", ", turn.Children.Select(c => $"{c.FullName} ({c.ClassName})")), cancellationToken);
    }

    private async Task TellAdminsAsync(ErasureRequest request, IReadOnlyCollection<string?> schools, string children, CancellationToken cancellationToken)
    {
        var chats = await teachers.AdminChatsAsync(links, schools, cancellationToken);
        var textsOf = await catalogues.OfAsync(chats.Select(c => c.Chat), cancellationToken);
        foreach (var chat in chats)
        {
            var texts = textsOf(chat.Chat);
            var message = new Reply(texts.Privacy.ErasureForAdmins(children, texts.Format.Moment(calendar.ToLocal(request.Deadline))) + "\n" +
                texts.Privacy.ErasureKeepHint($"/xoadulieu giulai {request.Id:N}"))
            {
                Buttons = [[new ReplyButton(texts.Privacy.ErasureConfirmButton, $"/xoadulieu xacnhan {request.Id:N}")]],
                Language = texts.Language,
            };
            await notifier.NotifyAsync($"erase:{request.Id:N}:{chat.Chat.Key}", chat.Chat, message, CodeHolder.Teacher(chat.TeacherCode), cancellationToken);
        }
    }

    /// <summary>
    /// <c>/xoadulieu giulai ID lý do</c>: an admin records the lawful reason to keep the parent's correspondence;
    /// the parent is told at once, in their chat's language, and the rest is erased as asked.
    /// </summary>
    private async Task KeepAsync(Turn turn, string id, string reason, CancellationToken cancellationToken)
    {
        if (await PendingForAdminAsync(turn, id, cancellationToken) is not { } request) return;
        if (string.IsNullOrWhiteSpace(reason))
        {
            turn.Say(turn.Texts.Privacy.ErasureKeepNeedsReason);
            return;
        }
        await requests.SaveAsync(request with { KeptReason = reason.Trim() }, cancellationToken);
        var parent = ChatAddress.Parse(request.Chat);
        var texts = await catalogues.OfAsync(parent, cancellationToken);
        await notifier.NotifyAsync($"erase:{request.Id:N}:keep", parent,
            new Reply(texts.Privacy.ErasureKeeps(reason.Trim(), texts.Format.Moment(calendar.ToLocal(request.Deadline)))) { Language = texts.Language }, null, cancellationToken);
        turn.Say(new Reply(turn.Texts.Privacy.ErasureKeepRecorded)
        {
            Buttons = [[new ReplyButton(turn.Texts.Privacy.ErasureConfirmButton, $"/xoadulieu xacnhan {request.Id:N}")]],
        });
    }

    /// <summary>The pending request an admin names; otherwise says why not.</summary>
    private async Task<ErasureRequest?> PendingForAdminAsync(Turn turn, string id, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return null;
        if (!teacher.IsAdmin)
        {
            turn.Say(turn.Texts.Privacy.ErasureAdminsOnly);
            return null;
        }
        if (!Guid.TryParse(id, out var requestId) || await requests.FindAsync(requestId, cancellationToken) is not { Status: ErasureStatus.Pending } request
            || !await IsOfSchoolAsync(teacher, request, cancellationToken))
        {
            turn.Say(turn.Texts.Privacy.ErasureNotFound);
            return null;
        }
        return request;
    }

    /// <summary>Whether the request is a family's of the admin's school: an admin decides for their own school's families only.</summary>
    private async Task<bool> IsOfSchoolAsync(Teacher admin, ErasureRequest request, CancellationToken cancellationToken)
    {
        if (request.Chat == ErasureRequest.Erased) return true;
        var children = await links.ChildrenOfAsync(ChatAddress.Parse(request.Chat), cancellationToken);
        if (children.Count == 0) return true;
        foreach (var link in children)
        {
            if (await students.FindAsync(link.Student, cancellationToken) is { } child && admin.IsAdminOf(child.ClassName.School)) return true;
        }
        return false;
    }

    private async Task ConfirmAsync(Turn turn, string id, CancellationToken cancellationToken)
    {
        if (await PendingForAdminAsync(turn, id, cancellationToken) is not { } request) return;
        var teacher = turn.Teacher!;
        var done = await erasures.CarryOutAsync(request, teacher.Code, cancellationToken);
        turn.Say(turn.Texts.Privacy.Erased(done.Records));
    }
}
