using System.Text;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Notices;

/// <summary>For staff: the latest notices of their classes, and how many families have acknowledged each.</summary>
public sealed class SentNoticesView(INoticeBoard board, IStudentDirectory students, IChatLinks links, SchoolCalendar calendar)
{
    public async Task<string> RenderAsync(Catalogue texts, Teacher teacher, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(teacher);
        var words = texts.Notices;
        var classes = (await students.ClassesAsync(cancellationToken)).Where(c => Authorization.Check(teacher, TeacherAction.SendClassNotice, c) is null).ToList();
        var latest = new List<Notice>();
        foreach (var c in classes) latest.AddRange(await board.LatestAsync(c, 10, cancellationToken));
        latest.AddRange((await board.LatestAsync(null, 200, cancellationToken)).Where(n => n.IsForWholeSchool && teacher.IsAdminOf(n.School)).Take(10));
        var notices = latest.DistinctBy(n => n.Id).OrderByDescending(n => n.CreatedAt).Take(10).ToList();
        if (notices.Count == 0) return words.NoneSent;
        var text = new StringBuilder(words.SentHeading);
        // Each class's linked families read once (a class and its parents in two reads), whatever notices name it.
        var linkedIn = new Dictionary<ClassName, IReadOnlyList<StudentCode>>();
        foreach (var notice in notices)
        {
            var families = new HashSet<StudentCode>();
            foreach (var c in notice.ClassName is { } one ? [one] : classes.Where(notice.ConcernsClass))
            {
                if (!linkedIn.TryGetValue(c, out var linked)) linkedIn[c] = linked = await LinkedFamiliesAsync(c, cancellationToken);
                families.UnionWith(linked);
            }
            var seen = (await board.AcknowledgementsOfAsync(notice.Id, cancellationToken)).Select(a => a.Student).Where(families.Contains).Distinct().Count();
            var when = texts.Format.Moment(calendar.ToLocal(notice.PublishAt));
            text.Append('\n').Append(words.SentLine(when, words.Audience(notice.ClassName), notice.Text, seen, families.Count));
        }
        return text.ToString();
    }

    /// <summary>The studying students of the class whose parents linked a chat.</summary>
    private async Task<IReadOnlyList<StudentCode>> LinkedFamiliesAsync(ClassName className, CancellationToken cancellationToken)
    {
        var studying = (await students.InClassAsync(className, cancellationToken)).Where(s => s.IsStudying).Select(s => s.Code).ToList();
        var parents = await links.ParentsOfAsync(studying, cancellationToken);
        return studying.Where(s => parents[s].Any()).ToList();
    }
}
