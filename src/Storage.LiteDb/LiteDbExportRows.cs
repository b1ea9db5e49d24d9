using System.Globalization;
using LiteDB;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Operations;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;
using SoLienLac.Storage.LiteDb.Documents;

namespace SoLienLac.Storage.LiteDb;

/// <summary>
/// Each kind's documents as the neutral rows of <see cref="StoreRows"/>, read through the same
/// converters the stores use, so old shapes (a staff link without its proof) come out as the
/// stores read them. Kinds whose ports keep the order of writing are walked through the index that
/// port reads (a chat's links, a student's remarks, the audit by time).
/// </summary>
internal static class LiteDbExportRows
{
    public static IReadOnlyList<LiteDbExport> All { get; } =
    [
        new(StoreKind.Students, Collections.Students, "_id", d => One(Student(d))),
        new(StoreKind.Guardians, Collections.Guardians, "_id", d => One(
            [d["student"].AsString, d["position"].AsInt32, d["name"].AsString, Text(d["phone"]), d["relation"].AsString])),
        new(StoreKind.Teachers, Collections.Teachers, "_id", d => One(Teacher(d))),
        new(StoreKind.TeacherAssignments, Collections.Teachers, "_id", Assignments),
        new(StoreKind.Marks, Collections.Grades, "_id", Marks),
        new(StoreKind.Absences, Collections.Absences, "_id", d => One(Absence(d))),
        new(StoreKind.Conduct, Collections.Conduct, "_id", d => One(Conduct(d))),
        new(StoreKind.Remarks, Collections.Remarks, "student", d => One(Remark(d))),
        new(StoreKind.ParentLinks, Collections.ParentLinks, "chat", d => One(ParentLink(d))),
        new(StoreKind.StaffLinks, Collections.StaffLinks, "teacher", d => One(StaffLink(d))),
        new(StoreKind.Audit, Collections.Audit, "at", d => One(Audit(d))) { TiesWrittenFirst = true },
        new(StoreKind.ActivationCodes, Collections.ActivationCodes, "_id", d => One(ActivationCode(d))),
        new(StoreKind.VerificationFailures, Collections.VerificationFailures, "_id", d => One(
            [d["chat"].AsString, LinkDocuments.Utc(d["at"]), Text(d["against"])])),
        new(StoreKind.LeaveRequests, Collections.LeaveRequests, "_id", d => One(LeaveRequest(d))),
        new(StoreKind.Notices, Collections.Notices, "_id", d => One(Notice(d))),
        new(StoreKind.Acknowledgements, Collections.Acknowledgements, "_id", d => One(Acknowledgement(d))),
        new(StoreKind.Chats, Collections.Chats, "_id", d => One(
            [d["_id"].AsString, Text(d["flow"]), Text(d["selected"]), Text(d["offer"]), Text(d["language"]), TimeOrUnknown(d["touched"])])),
        new(StoreKind.ParentSettings, Collections.ParentSettings, "_id", d => One(
            [d["_id"].AsString, d["scores"].AsString, d["weekly"].AsBoolean, Minute(d["quiet_from"]), Minute(d["quiet_until"])])),
        new(StoreKind.PendingFiles, Collections.PendingFiles, "_id", d => One(
            [d["_id"].AsString, d["name"].AsString, d["content"].AsBinary, TimeOrUnknown(d["kept_at"])])),
        new(StoreKind.StandingChoices, Collections.StandingChoices, "_id", d => One(
            [d["chat"].AsString, d["key"].AsString, d["label"].AsString, d["command"].AsString, LinkDocuments.Utc(d["expires"])])),
        new(StoreKind.Outbox, Collections.Outbox, "_id", d => One(Outbox(d))),
        new(StoreKind.ChannelCursors, Collections.Cursors, "_id", d => One([d["_id"].AsString, d["position"].AsInt64])),
        new(StoreKind.UpdatesBegun, Collections.UpdatesBegun, "_id", d => One([d["_id"].AsString, LinkDocuments.Utc(d["at"])])),
        new(StoreKind.JobRuns, Collections.JobRuns, "_id", d => One([d["_id"].AsString, LinkDocuments.Utc(d["at"])])),
        new(StoreKind.Consents, Collections.Consents, "_id", d => One([d["chat"].AsString, d["person"].AsString, LinkDocuments.Utc(d["at"]),
            d["version"].AsString, d["decision"].AsString])),
        new(StoreKind.AccessLog, Collections.AccessLog, "_id", d => One([d["student"].AsString, d["who"].AsString, d["name"].AsString,
            d["role"].AsString, d["channel"].AsString, d["what"].AsString, LinkDocuments.Utc(d["hour"])])),
        new(StoreKind.ErasureRequests, Collections.ErasureRequests, "_id", d => One([d["_id"].AsGuid, d["chat"].AsString,
            LinkDocuments.Utc(d["requested_at"]), LinkDocuments.Utc(d["deadline"]), d["status"].AsString,
            d["done_at"].IsNull ? null : LinkDocuments.Utc(d["done_at"]), d["done_by"].IsString ? d["done_by"].AsString : null, d["records"].AsInt32, d["kept_reason"].IsString ? d["kept_reason"].AsString : null])),
        new(StoreKind.TalkMessages, Collections.TalkMessages, "_id", d => One(TalkMessage(d))),
        new(StoreKind.TalkMutes, Collections.TalkMutes, "_id", d => One(TalkMute(d))),
        new(StoreKind.OfficeHours, Collections.OfficeHours, "_id", d => One(
            [d["_id"].AsString, Minute(d["opens"]), Minute(d["closes"])])),
        new(StoreKind.Polls, Collections.Polls, "_id", d => One(Poll(d))),
        new(StoreKind.PollAnswers, Collections.PollAnswers, "_id", d => One(PollAnswer(d))),
        new(StoreKind.RecordStamps, Collections.RecordStamps, "_id", d => One(RecordStamp(d))),
        new(StoreKind.Schools, Collections.Schools, "_id", d => One(SchoolRow(LiteDbSchools.To(d)))),
    ];

    private static object?[] Student(BsonDocument d)
    {
        var s = StudentDocument.To(d);
        return [s.Code.Value, s.FullName, s.DateOfBirth, s.ClassName.Key, s.Status.Code(), s.LeftOn];
    }

    private static object?[] Teacher(BsonDocument d)
    {
        var t = TeacherDocument.To(d);
        return [t.Code, t.FullName, t.Phone?.National, t.HasLeft];
    }

    private static IEnumerable<IReadOnlyList<object?>> Assignments(BsonDocument d)
    {
        var t = TeacherDocument.To(d);
        return t.Assignments.Select((a, i) => (IReadOnlyList<object?>)[t.Code, i + 1, a.Role.Code(), a.ClassName?.Key, a.Subject?.Name, a.School]);
    }

    /// <summary>In the order the student's cells were first entered, as the packed document keeps them.</summary>
    private static IEnumerable<IReadOnlyList<object?>> Marks(BsonDocument d) =>
        GradesDocument.To(d).Select(m => (IReadOnlyList<object?>)
        [
            m.Student.Value, m.Subject.Name, (int)m.Term, m.Column.ToString(), m.Mark.Score?.Value,
            m.Mark.Score is null ? m.Mark.Passed : null, m.RecordedAt?.ToUniversalTime(),
        ]);

    private static object?[] Absence(BsonDocument d)
    {
        var a = AbsenceDocument.To(d);
        return [a.Student.Value, a.Date, a.Session.Code(), a.Excused];
    }

    private static object?[] Conduct(BsonDocument d)
    {
        var c = ConductDocument.To(d);
        return [c.Student.Value, (int)c.Term, c.Level.Vietnamese()];
    }

    private static object?[] Remark(BsonDocument d)
    {
        var r = ConductDocument.ToRemark(d);
        return [r.Id, r.Student.Value, (int)r.Term, r.Date, r.TeacherCode, r.Text];
    }

    private static object?[] ParentLink(BsonDocument d)
    {
        var l = LinkDocuments.ToParentLink(d);
        return [l.Chat.Key, l.Student.Value, l.Proof.ToString(), l.Phone, l.LinkedAt, l.EndedAt];
    }

    private static object?[] StaffLink(BsonDocument d)
    {
        var l = LinkDocuments.ToStaffLink(d);
        return [l.Chat.Key, l.TeacherCode, l.Proof.ToString(), l.LinkedAt, l.EndedAt];
    }

    private static object?[] Audit(BsonDocument d)
    {
        var e = AuditDocument.To(d);
        return [e.Id, e.At, e.Actor, e.Channel, e.Student, e.What, e.OldValue, e.NewValue, e.Reason];
    }

    private static object?[] ActivationCode(BsonDocument d)
    {
        var c = LinkDocuments.ToActivationCode(d);
        return [c.Holder.Key, c.Salt, c.Hash, c.ExpiresOn, c.UsedAt, c.UsedBy];
    }

    private static object?[] LeaveRequest(BsonDocument d)
    {
        var sessions = d["sessions"].AsArray.Select(s => s.AsDocument).ToList();
        return
        [
            d["_id"].AsGuid, d["student"].AsString, d["chat"].AsString, sessions.Select(s => Schema.Date(s["date"])).ToArray(),
            sessions.Select(s => s["session"].AsString).ToArray(), d["reason"].AsString, LinkDocuments.Utc(d["created_at"]),
            d["status"].AsString, Text(d["decided_by"]), Time(d["decided_at"]),
        ];
    }

    private static object?[] Notice(BsonDocument d)
    {
        var n = NoticeDocuments.ToNotice(d);
        return [n.Id, n.ClassName?.Key, n.Text, n.AuthorCode, n.CreatedAt, n.PublishAt, n.Urgent, Time(d["delivered_at"]), n.School];
    }

    private static object?[] Acknowledgement(BsonDocument d)
    {
        var a = NoticeDocuments.ToAcknowledgement(d);
        return [a.NoticeId, a.Student.Value, a.Chat, a.At];
    }

    /// <summary>Without its lease: the message is free for any sender of the new store.</summary>
    private static object?[] Outbox(BsonDocument d)
    {
        var m = OutboxDocument.To(d);
        return [m.Id, m.Chat.Key, m.Body, m.CreatedAt, m.NotBefore, m.Status.ToString(), m.Attempts, m.SentAt, m.LastError, m.For?.Key];
    }

    private static object?[] TalkMessage(BsonDocument d)
    {
        var m = TalkDocuments.ToMessage(d);
        return [m.Id, m.Student.Value, m.Teacher, m.FromParent, m.Chat, m.Text, m.At, m.DeliverAt, m.ReportedAt];
    }

    private static object?[] TalkMute(BsonDocument d)
    {
        var m = TalkDocuments.ToMute(d);
        return [m.Student.Value, m.Teacher, m.Until, m.At];
    }

    private static object?[] Poll(BsonDocument d)
    {
        var p = PollDocuments.ToPoll(d);
        return [p.Id, p.ClassName?.Key, p.Question, p.Options.ToArray(), p.CreatedBy, p.CreatedAt, p.ClosesAt, p.ClosedAt, p.School];
    }

    private static object?[] PollAnswer(BsonDocument d)
    {
        var a = PollDocuments.ToAnswer(d);
        return [a.Poll, a.Student.Value, a.Option, a.Chat, a.At];
    }

    private static object?[] RecordStamp(BsonDocument d)
    {
        var s = LiteDbRecordStamps.To(d);
        return [s.Student.Value, s.Kind.ToString(), s.At];
    }

    private static object?[] SchoolRow(Domain.Schools.School s) =>
        [s.Code, s.Name, s.AddedAt, s.TermTwoStartsOn, s.ClosedTermsText, s.Phone, s.Authority];

    private static IEnumerable<IReadOnlyList<object?>> One(IReadOnlyList<object?> row) => [row];

    private static string? Text(BsonValue value) => value.IsString ? value.AsString : null;

    private static DateTimeOffset? Time(BsonValue value) => value.IsDateTime ? LinkDocuments.Utc(value) : null;

    private static DateTimeOffset TimeOrUnknown(BsonValue value) => value.IsDateTime ? LinkDocuments.Utc(value) : StoreRows.Unknown;

    private static TimeOnly? Minute(BsonValue value) =>
        value.IsString ? TimeOnly.Parse(value.AsString, CultureInfo.InvariantCulture) : null;
}

/// <summary>One kind's export: the collection, the index walked, and a document's rows.</summary>
internal sealed record LiteDbExport(StoreKind Kind, string Collection, string OrderedBy, Func<BsonDocument, IEnumerable<IReadOnlyList<object?>>> Rows)
{
    /// <summary>Records of one key in the order they were written, not the index's (last written first).</summary>
    public bool TiesWrittenFirst { get; init; }
}
