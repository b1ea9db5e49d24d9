using Microsoft.Extensions.Options;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Settings;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Conversations.Week;
using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Delivery;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Summaries;

namespace SoLienLac.Bot.Scheduling;

/// <summary>
/// Writes one weekly summary per child per linked parent chat into the outbox — only when there is
/// something to say, never to be delivered in the quiet hours. Ids (<c>weekly:2026-W48:HS0012:chat</c>)
/// make a second run of the same week add nothing. Read class by class and written a thousand at a
/// time, so memory stays bounded whatever the size of the school. Each chat gets it in its own language,
/// read with the class's other settings.
/// </summary>
public sealed class WeeklySummaries(IStudentDirectory students, IChatLinks links, IGradeBook grades, IAttendanceBook attendance,
    IConductBook conduct, INoticeBoard board, ILeaveRequests leaves, IOutbox outbox, OutboxSignal signal, IParentSettings settings, Catalogues catalogues,
    SchoolCalendar calendar, SchoolProfiles profiles, IOptions<ScheduleOptions> options)
{
    /// <summary>
    /// Summaries written in one transaction: a school of 100,000 is about a hundred writes, not
    /// 100,000; a class's pages of the outbox's indexes are copied and logged once, not once a class.
    /// </summary>
    private const int WriteEvery = 1_000;

    /// <summary>The week's run, as <see cref="Domain.Operations.IJobRuns"/> records it: made once, caught up at start if missed.</summary>
    public static string RunOf(SchoolWeek week) => $"weekly:{week.Id}";

    /// <returns>How many summaries were queued.</returns>
    public async Task<int> ComposeAsync(SchoolWeek week, CancellationToken cancellationToken)
    {
        var now = calendar.Now;
        var queued = 0;
        var batch = new List<OutboxMessage>(WriteEvery + 100);
        var writing = Task.FromResult(0);
        // A class's records are read a collection at a time for the whole class, then composed; the
        // next classes are read meanwhile, so a database's round trips overlap the composing.
        var classes = await students.ClassesAsync(cancellationToken);
        // Each school's own year (its first day of term II), read once a school.
        var years = new Dictionary<string, SchoolYear>(StringComparer.Ordinal);
        async ValueTask<SchoolYear> YearOfAsync(string? school)
        {
            if (!years.TryGetValue(school ?? "", out var year))
                years[school ?? ""] = year = calendar.YearOf(await profiles.OfAsync(school, cancellationToken));
            return year;
        }
        var ahead = new Queue<Task<(IReadOnlyList<Notice> Notices, List<StudentWeek> Records)>>();
        var next = 0;
        void ReadAhead()
        {
            while (ahead.Count < ClassesAhead && next < classes.Count)
            {
                var className = classes[next++];
                ahead.Enqueue(Task.Run(() => ReadClassAsync(className, week, now, cancellationToken), cancellationToken));
            }
        }
        ReadAhead();
        while (ahead.TryDequeue(out var reading))
        {
            var (notices, records) = await reading;
            ReadAhead();
            foreach (var record in records)
            {
                var student = record.Student;
                var digest = WeekDigest.Compose(student, week, await YearOfAsync(student.ClassName.School), calendar.Zone, record.Marks,
                    record.Absences, record.Remarks, notices, record.Acknowledged, record.Leaves);
                if (digest.IsEmpty) continue;
                // Written once per language the child's parents read, not once per parent.
                var replies = new Dictionary<Catalogue, Reply>();
                foreach (var (parent, chosen, texts) in record.Parents)
                {
                    if (!chosen.WeeklySummary) continue;
                    if (!replies.TryGetValue(texts, out var reply))
                        replies[texts] = reply = new Reply(texts.Week.SummaryTitle + "\n" + WeekView.Render(texts, digest, record.Marks)) { Language = texts.Language };
                    var notBefore = QuietHours.NextAllowed(now, chosen, options.Value);
                    var id = $"weekly:{week.Id}:{student.Code}:{parent.Chat.Key}";
                    batch.Add(OutboxMessages.Of(id, parent.Chat, reply, now, notBefore, CodeHolder.Student(student.Code)));
                }
            }
            if (batch.Count < WriteEvery) continue;
            // Written while the next classes are composed; one write at a time, in order.
            queued += await writing;
            writing = outbox.EnqueueManyAsync(batch, cancellationToken);
            batch = new List<OutboxMessage>(WriteEvery + 100);
        }
        queued += await writing;
        queued += await outbox.EnqueueManyAsync(batch, cancellationToken);
        if (queued > 0) signal.Raise();
        return queued;
    }

    /// <summary>How many classes are read ahead of the one being composed.</summary>
    private const int ClassesAhead = 3;

    private async Task<(IReadOnlyList<Notice> Notices, List<StudentWeek> Records)> ReadClassAsync(ClassName className, SchoolWeek week, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var notices = board.PublishedForAsync(className, now, 50, cancellationToken);
        var records = await WithSettingsAsync(await ReadAsync(className, week, cancellationToken), cancellationToken);
        return (await notices, records);
    }

    /// <summary>
    /// What a summary is made of, for each studying student of the class with a linked parent: one
    /// query a collection for the whole class (a query costs LiteDB more to set up than to run), the
    /// collections read side by side.
    /// </summary>
    private async Task<ClassWeek?> ReadAsync(ClassName className, SchoolWeek week, CancellationToken cancellationToken)
    {
        var studying = (await students.InClassAsync(className, cancellationToken)).Where(s => s.IsStudying).ToList();
        var parents = await links.ParentsOfAsync(studying.Select(s => s.Code).ToList(), cancellationToken);
        var linked = studying.Where(s => parents.Contains(s.Code)).ToList();
        if (linked.Count == 0) return null;
        var codes = linked.Select(s => s.Code).ToList();
        var (from, to) = (calendar.StartOf(week.Monday), calendar.StartOf(week.Monday.AddDays(7)));
        var (marks, absences, remarks, acknowledged, requests) = (grades.MarksOfWeekAsync(codes, from, to, cancellationToken), attendance.AbsencesOfAsync(codes, cancellationToken),
            conduct.RemarksOfAsync(codes, cancellationToken), board.AcknowledgedForAsync(codes, cancellationToken), leaves.OfStudentsAsync(codes, cancellationToken));
        return new ClassWeek(linked, parents, await marks, await absences, await remarks, await acknowledged, await requests);
    }

    /// <summary>The class's parents' settings and languages, one read each for the whole class.</summary>
    private async Task<List<StudentWeek>> WithSettingsAsync(ClassWeek? week, CancellationToken cancellationToken)
    {
        if (week is null) return [];
        var chats = week.Parents.SelectMany(p => p).Select(p => p.Chat).ToList();
        var (reading, languages) = (settings.OfAsync(chats, cancellationToken), catalogues.OfAsync(chats, cancellationToken));
        var (chosen, textsOf) = (await reading, await languages);
        return week.Linked.Select(s => new StudentWeek(s,
            week.Parents[s.Code].Select(p => (p, chosen.GetValueOrDefault(p.Chat.Key, ParentSettings.Default), textsOf(p.Chat))).ToList(),
            week.Marks[s.Code].ToList(), week.Absences[s.Code].ToList(), week.Remarks[s.Code].ToList(), week.Acknowledged[s.Code].ToHashSet(),
            week.Leaves[s.Code].ToList())).ToList();
    }

    private sealed record ClassWeek(IReadOnlyList<Student> Linked, ILookup<StudentCode, ParentLink> Parents, ILookup<StudentCode, Assessment> Marks,
        ILookup<StudentCode, Absence> Absences, ILookup<StudentCode, Remark> Remarks, ILookup<StudentCode, Guid> Acknowledged, ILookup<StudentCode, LeaveRequest> Leaves);

    private sealed record StudentWeek(Student Student, IReadOnlyList<(ParentLink Link, ParentSettings Settings, Catalogue Texts)> Parents, IReadOnlyList<Assessment> Marks,
        IReadOnlyList<Absence> Absences, IReadOnlyList<Remark> Remarks, IReadOnlySet<Guid> Acknowledged, IReadOnlyList<LeaveRequest> Leaves);
}
