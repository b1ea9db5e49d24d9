using SoLienLac.Domain.Privacy;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Chats;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Operations;
using SoLienLac.Domain.Polls;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Settings;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Talk;
using SoLienLac.Domain.Teachers;
using static SoLienLac.Storage.Tests.Records.Records;

namespace SoLienLac.Storage.Tests.Transfer;

/// <summary>A store holding at least one record of every kind, written through the ports as the bot writes them.</summary>
internal static class EveryKindStore
{
    public static readonly DateTimeOffset T0 = new(2026, 12, 7, 7, 30, 0, TimeSpan.FromHours(7));

    public static readonly ChatAddress Mother = new("telegram", "1001");
    public static readonly ChatAddress Father = new("zalo", "z-2002");
    public static readonly ChatAddress TeacherChat = new("telegram", "3003");

    public static async Task FillAsync(IServiceProvider store)
    {
        var ct = CancellationToken.None;
        var hs1 = Code("HS0001");
        var changes = new ChangeSet();
        changes.Students.Add(Student("HS0001"));
        changes.Students.Add(Student("HS0002", "6B"));
        changes.Students.Add(Domain.Students.Student.Restore(Code("HS0003"), "Trần Thị Bé", new DateOnly(2014, 1, 2), ClassName.Parse("6A"),
            StudentStatus.Transferred, new DateOnly(2026, 11, 30)));
        changes.Guardians[hs1] = [Guardian("HS0001", "Lê Thị Mẹ", "0912345678"), Guardian("HS0001", "Nguyễn Văn Bố", null, "Bố")];
        changes.Teachers.Add(Domain.Teachers.Teacher.Create("GV01", "Phạm Cô Giáo", PhoneNumber.Parse("0987654321"),
            [Assignment.Homeroom(ClassName.Parse("6A")), Assignment.Teaching(SubjectCatalog.Toan, ClassName.Parse("6A")), Assignment.Admin()]));
        // Of a store of many schools: an admin of a named school, and a class that names its school.
        changes.Teachers.Add(Domain.Teachers.Teacher.Create("GV03", "Hồ Hiệu Trưởng", PhoneNumber.Parse("0987654322"),
            [Assignment.Admin("THCS-NGUYENDU"), Assignment.Homeroom(ClassName.Parse("THCS-NGUYENDU/7A"))]));
        changes.Teachers.Add(Domain.Teachers.Teacher.Create("GV02", "Đã Nghỉ", null, [Assignment.Teaching(SubjectCatalog.Toan, ClassName.Parse("6B"))], hasLeft: true));
        changes.Assessments.Add(Score("HS0001", SubjectCatalog.Toan, Term.I, "gk", 8.5m) with { RecordedAt = T0 });
        changes.Assessments.Add(Score("HS0001", SubjectCatalog.Toan, Term.I, "tx1", 7m));
        changes.Assessments.Add(Assessment.Create(hs1, SubjectCatalog.TheDuc, Term.I, Column.MidTerm, Mark.ChuaDat) with { RecordedAt = T0.AddMinutes(1) });
        changes.Assessments.Add(Assessment.Create(hs1, SubjectCatalog.TheDuc, Term.II, Column.EndOfTerm, Mark.Dat));
        changes.Absences.Add(Absence("HS0001", 3, DaySession.Morning));
        changes.Absences.Add(Absence("HS0001", 4, DaySession.Afternoon, excused: false));
        changes.Conduct.Add(new ConductRecord(hs1, Term.I, Level.Kha));
        changes.Remarks.Add(new Remark(Guid.NewGuid(), hs1, Term.I, new DateOnly(2026, 12, 1), "GV01", "Chăm chỉ"));
        changes.Remarks.Add(new Remark(Guid.NewGuid(), hs1, Term.I, new DateOnly(2026, 12, 1), "GV01", "Cùng ngày, viết sau"));
        changes.EndedLinks.Add(new ParentLink(new ChatAddress("telegram", "999"), hs1, LinkProof.ActivationCode, null, T0.AddDays(-9), T0.AddDays(-2)));
        changes.Audit.Add(Audit(T0, "HS0001", "score", "7", "8.5"));
        changes.Audit.Add(Audit(T0, "HS0001", "absence", null, "K"));
        changes.Audit.Add(Audit(T0.AddHours(1), null, "teachers"));
        await store.GetRequiredService<ISchoolRecords>().SaveAsync(changes, ct);

        var links = store.GetRequiredService<IChatLinks>();
        await links.SaveAsync(new ParentLink(Mother, hs1, LinkProof.Phone, "0912345678", T0, null), ct);
        await links.SaveAsync(new ParentLink(Mother, Code("HS0002"), LinkProof.Phone, "0912345678", T0, null), ct);
        await links.SaveAsync(new ParentLink(Father, hs1, LinkProof.ActivationCode, null, T0.AddMinutes(5), null), ct);
        await links.SaveAsync(new StaffLink(TeacherChat, "GV01", T0), ct);
        await links.SaveAsync(new StaffLink(new ChatAddress("telegram", "3004"), "GV01", T0.AddDays(-30), LinkProof.ActivationCode, T0.AddDays(-1)), ct);

        var codes = store.GetRequiredService<IActivationCodes>();
        await codes.SaveAsync(ActivationCode.Issue(hs1, new DateOnly(2027, 1, 31)).Record.UseBy(Father.Key, T0.AddMinutes(5)), ct);
        await codes.SaveAsync(ActivationCode.Issue(CodeHolder.Teacher("GV01"), new DateOnly(2027, 1, 31)).Record, ct);
        var attempts = store.GetRequiredService<IVerificationAttempts>();
        await attempts.RecordFailureAsync(Father, T0.AddMinutes(1), "HS0001", ct);
        await attempts.RecordFailureAsync(Father, T0.AddMinutes(2), null, ct);

        var leave = store.GetRequiredService<ILeaveRequests>();
        var asked = LeaveRequest.Ask(hs1, Mother.Key,
            [new LeaveSession(new DateOnly(2026, 12, 8), DaySession.Morning), new LeaveSession(new DateOnly(2026, 12, 8), DaySession.Afternoon)], "Ốm", T0);
        await leave.SaveAsync(asked, ct);
        await leave.SaveAsync(LeaveRequest.Ask(hs1, Mother.Key, [new LeaveSession(new DateOnly(2026, 12, 9), DaySession.Morning)], "Khám răng", T0.AddHours(1))
            .Decide(true, "GV01", T0.AddHours(2)), ct);

        var board = store.GetRequiredService<INoticeBoard>();
        var school = new Notice(Guid.NewGuid(), null, "Nghỉ lễ", "GV01", T0, T0, false) { School = "THCS-NGUYENDU" };
        var urgent = new Notice(Guid.NewGuid(), ClassName.Parse("6A"), "Họp phụ huynh", "GV01", T0.AddHours(1), T0.AddDays(1), true);
        await board.SaveAsync(school, ct);
        await board.SaveAsync(urgent, ct);
        await board.DeliverAsync(school.Id, T0.AddMinutes(3), [], ct);
        await board.AcknowledgeAsync(new Acknowledgement(school.Id, hs1, Mother.Key, T0.AddMinutes(10)), ct);

        await store.GetRequiredService<IChatStore>().SaveAsync(new StoredChat(Mother, "{\"flow\":\"leave\"}", "HS0001", "offer", "vi"), T0, ct);
        await store.GetRequiredService<IChatStore>().SaveAsync(new StoredChat(Father, null, null, null, "en"), T0, ct);
        await store.GetRequiredService<IParentSettings>().SaveAsync(Mother, new ParentSettings(ScoreAlerts.WeeklyOnly, false, new TimeOnly(21, 30), new TimeOnly(6, 0)), ct);
        await store.GetRequiredService<IParentSettings>().SaveAsync(Father, ParentSettings.Default, ct);
        await store.GetRequiredService<IPendingFiles>().KeepAsync(TeacherChat, new PendingFile("diem.xlsx", [1, 2, 3, 0, 255]), T0, ct);
        await store.GetRequiredService<IStandingChoices>().OfferAsync(Mother, [("Con: An", "/con HS0001"), ("Con: Bình", "/con HS0002")], T0, ct);

        var outbox = store.GetRequiredService<IOutbox>();
        OutboxMessage Message(string id, int minutes) =>
            new(id, Mother, $"{{\"text\":\"{id}\"}}", T0, T0.AddMinutes(minutes)) { For = CodeHolder.Student(hs1) };
        await outbox.EnqueueManyAsync([Message("score:HS0001|a", 0), Message("score:HS0001|b", 1), Message("notice:x", 2), Message("weekly:y", 3),
            new OutboxMessage("later", Father, "{}", T0, T0.AddDays(1))], ct);
        var leased = await outbox.LeaseAsync(4, T0.AddMinutes(10), TimeSpan.FromMinutes(5), "bot-1", ct);
        await outbox.MarkSentAsync(leased[0].Id, T0.AddMinutes(10), ct);
        await outbox.RetryAsync(leased[1].Id, T0.AddMinutes(20), "429 Too Many Requests", ct);
        await outbox.CloseAsync(leased[2].Id, OutboxStatus.Blocked, "403 blocked by the user", ct);
        // leased[3] stays leased by bot-1: the copy must come without the lease.

        await store.GetRequiredService<IChannelCursors>().AdvanceAsync("telegram", 9_876_543_210L, ct);
        await store.GetRequiredService<IUpdateLedger>().TryBeginAsync("telegram:42", T0, ct);
        await store.GetRequiredService<IJobRuns>().DoneAsync("weekly:2026-W49", T0, ct);
        var consents = store.GetRequiredService<IConsents>();
        await consents.RecordAsync(new Consent(Mother, "Trần Thị Mai (Mẹ) — HS0001", T0, "v1", ConsentDecision.Agreed), ct);
        await consents.RecordAsync(new Consent(Mother, "Trần Thị Mai (Mẹ) — HS0001", T0.AddDays(1), "v2", ConsentDecision.Withdrawn), ct);
        await consents.RecordAsync(new Consent(Father, "Nguyễn Văn Nam (Bố) — HS0001", T0, "v1", ConsentDecision.Declined), ct);
        var erasures = store.GetRequiredService<IErasureRequests>();
        await erasures.SaveAsync(new ErasureRequest(Guid.Parse("6f1c2b9e-0d4a-4c1e-9a51-3b0c2d7e8f10"), "telegram:3003", T0, T0.AddDays(3)), ct);
        await erasures.SaveAsync(new ErasureRequest(Guid.Parse("0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d"), ErasureRequest.Erased, T0.AddDays(-10), T0.AddDays(-7))
        {
            Status = ErasureStatus.Done, DoneAt = T0.AddDays(-9), DoneBy = "GV001", Records = 14, KeptReason = "Hồ sơ trao đổi về kỷ luật đang xử lý",
        }, ct);
        await store.GetRequiredService<Domain.Schools.ISchools>().AddAsync(Domain.Schools.School.Add("THCS-NGUYENDU", "Trường THCS Nguyễn Du", T0) with
        {
            TermTwoStartsOn = new DateOnly(2027, 1, 18), ClosedTerms = [1], Phone = "028 3838 0000", Authority = "UBND Quận 1 — Phòng GD&ĐT",
        }, ct);
        await store.GetRequiredService<IAccessLog>().RecordAsync([
            new AccessEntry(StudentCode.Parse("HS0001"), Mother.Key, "", AccessRole.Parent, "telegram", "diem", AccessEntry.HourOf(T0)),
            new AccessEntry(StudentCode.Parse("HS0001"), "GV003", "Trần Thị Thu", AccessRole.Teacher, "telegram", "lop", AccessEntry.HourOf(T0.AddHours(2)))], ct);
        await FillTalkAsync(store, ct);
    }

    /// <summary>
    /// A thread each parent wrote in, answered, reported and muted; a teacher's hours; a poll answered by
    /// both families and one closed. Their outbox messages are due after the lease above, which they must not join.
    /// </summary>
    private static async Task FillTalkAsync(IServiceProvider store, CancellationToken ct)
    {
        var hs1 = Code("HS0001");
        var talk = store.GetRequiredService<ITalkThreads>();
        var asked = new TalkMessage(Guid.Parse("3c6f0a52-7d1e-4b8a-9f20-5e4d3c2b1a01"), hs1, "GV01", true, Mother.Key, "Thưa cô, con em bị sốt",
            T0.AddHours(3), T0.AddHours(3));
        var answered = new TalkMessage(Guid.Parse("3c6f0a52-7d1e-4b8a-9f20-5e4d3c2b1a02"), hs1, "GV01", false, Mother.Key, "Cô đã nhận",
            T0.AddHours(4), T0.AddDays(1));
        var father = new TalkMessage(Guid.Parse("3c6f0a52-7d1e-4b8a-9f20-5e4d3c2b1a03"), hs1, "GV02", true, Father.Key, "Cháu xin nghỉ",
            T0.AddHours(5), T0.AddHours(5));
        await talk.SendAsync(asked, [new OutboxMessage($"talk:{asked.Id:N}", TeacherChat, "{\"text\":\"Thưa cô\"}", asked.At, asked.DeliverAt)], ct);
        await talk.SendAsync(answered, [new OutboxMessage($"talk:{answered.Id:N}", Mother, "{\"text\":\"Cô đã nhận\"}", answered.At, answered.DeliverAt)
        {
            For = CodeHolder.Student(hs1),
        }], ct);
        await talk.SendAsync(father, [], ct);
        await talk.ReportAsync(asked.Id, T0.AddHours(6), [], ct);
        await talk.MuteAsync(new TalkMute(hs1, "GV01", T0.AddDays(7), T0.AddHours(6)), ct);
        await talk.SaveOfficeHoursAsync("GV01", new OfficeHours(new TimeOnly(7, 0), new TimeOnly(17, 30)), ct);

        var polls = store.GetRequiredService<IPolls>();
        var trip = new Poll(Guid.Parse("5b1d9e84-2a3c-4f6e-8d7b-0c1e2f3a4b01"), ClassName.Parse("6A"), "Cho con đi dã ngoại?", ["Đồng ý", "Không"],
            "GV01", T0.AddHours(1), T0.AddDays(3));
        var meeting = new Poll(Guid.Parse("5b1d9e84-2a3c-4f6e-8d7b-0c1e2f3a4b02"), null, "Họp lúc nào?", ["Sáng", "Chiều", "Tối"], "GV01",
            T0.AddHours(2), null) { School = "THCS-NGUYENDU" };
        await polls.CreateAsync(trip, [new OutboxMessage($"poll:{trip.Id:N}", Father, "{}", trip.CreatedAt, trip.CreatedAt)], ct);
        await polls.CreateAsync(meeting, [], ct);
        await polls.CloseAsync(meeting.Id, T0.AddHours(8), ct);
        await polls.AnswerAsync(new PollAnswer(trip.Id, hs1, 0, Father.Key, T0.AddHours(2)), ct);
        await polls.AnswerAsync(new PollAnswer(trip.Id, Code("HS0002"), 1, Mother.Key, T0.AddHours(3)), ct);
    }

    /// <summary>Every row of the store, a list a kind.</summary>
    public static async Task<Dictionary<StoreKind, List<IReadOnlyList<object?>>>> ExportAsync(IStoreTransfer store)
    {
        var rows = StoreRows.Kinds.ToDictionary(k => k, _ => new List<IReadOnlyList<object?>>());
        await foreach (var chunk in store.ExportAsync(CancellationToken.None)) rows[chunk.Kind].AddRange(chunk.Rows);
        return rows;
    }

    /// <summary>A row as text to compare: each value with its type, instants to the tick, numbers without trailing zeros.</summary>
    public static string Show(IReadOnlyList<object?> row) => string.Join(" | ", row.Select(v => v switch
    {
        null => "null",
        DateTimeOffset t => $"time:{t.UtcTicks}+{t.Offset}",
        decimal d => $"decimal:{d.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture)}",
        byte[] b => $"bytes:{Convert.ToHexString(b)}",
        DateOnly[] days => $"dates:{string.Join(",", days.Select(d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture)))}",
        string[] texts => $"texts:{string.Join(",", texts)}",
        IFormattable f => $"{v.GetType().Name}:{f.ToString(null, System.Globalization.CultureInfo.InvariantCulture)}",
        _ => $"{v.GetType().Name}:{v}",
    }));
}
