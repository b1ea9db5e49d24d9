using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb;

/// <summary>
/// The file's schema version lives in LiteDB's USER_VERSION. Each release that changes the shape of
/// the documents adds a step here; opening an older file runs the missing steps in order, and a
/// file from a newer release is refused rather than misread. A step writes in transactions of its
/// own size and may be cut short: it is run again, whole, until the version is stamped after it.
/// </summary>
internal static class Schema
{
    public const int Current = 3;

    private static readonly Action<SchoolDatabase>[] Steps =
    [
        _ => { }, // 0 → 1: the first schema; nothing to convert.
        PackMarks, // 1 → 2: a student's marks as one binary field instead of an array of sub-documents.
        MarkDue, // 2 → 3: the outbox's pending messages carry "due", the field the sender leases through.
    ];

    public static void Upgrade(SchoolDatabase db)
    {
        if (db.UserVersion > Current)
            throw new InvalidOperationException(
                $"{db.Path} was written by a newer SoLienLac (schema {db.UserVersion}, this one knows {Current}).");
        for (var version = db.UserVersion; version < Current; version++)
        {
            Steps[version](db);
            db.UserVersion = version + 1;
        }
        EnsureIndexes(db);
    }

    /// <summary>
    /// A thousand students a transaction, walked in the order of their codes: one transaction (or
    /// one read) over a school of 100,000 holds every page it touched, 1.2 GB. Documents already
    /// packed are skipped, so a conversion cut short resumes.
    /// </summary>
    private static void PackMarks(SchoolDatabase db)
    {
        var grades = db.Collection(Collections.Grades);
        var after = BsonValue.MinValue;
        while (true)
        {
            var chunk = new List<BsonDocument>();
            db.Write(() =>
            {
                chunk = grades.Find(Where.Matches("_id > @0", after), 0, 1_000).ToList();
                foreach (var d in chunk.Where(GradesDocument.IsLegacy))
                    grades.Update(GradesDocument.From(StudentCode.Parse(d["_id"].AsString), GradesDocument.To(d)));
            });
            if (chunk.Count == 0) return;
            after = chunk[^1]["_id"];
        }
    }

    /// <summary>
    /// <c>due</c> is <c>not_before</c> while a message is pending and null after: its index holds the
    /// queue in the order the sender takes it. Walked a thousand at a time, like <see cref="PackMarks"/>.
    /// </summary>
    private static void MarkDue(SchoolDatabase db)
    {
        var outbox = db.Collection(Collections.Outbox);
        var after = BsonValue.MinValue;
        while (true)
        {
            var chunk = new List<BsonDocument>();
            db.Write(() =>
            {
                chunk = outbox.Find(Where.Matches("_id > @0", after), 0, 1_000).ToList();
                foreach (var d in chunk)
                {
                    OutboxDocument.SetDue(d);
                    outbox.Update(d);
                }
            });
            if (chunk.Count == 0) return;
            after = chunk[^1]["_id"];
        }
    }

    private static void EnsureIndexes(SchoolDatabase db)
    {
        db.Write(() =>
        {
            db.Collection(Collections.Students).EnsureIndex("class");
            db.Collection(Collections.Guardians).EnsureIndex("student");
            db.Collection(Collections.Guardians).EnsureIndex("phone");
            db.Collection(Collections.Teachers).EnsureIndex("phone");
            db.Collection(Collections.Absences).EnsureIndex("student");
            db.Collection(Collections.Conduct).EnsureIndex("student");
            db.Collection(Collections.Remarks).EnsureIndex("student");
            db.Collection(Collections.Audit).EnsureIndex("student");
            db.Collection(Collections.Audit).EnsureIndex("at");
            db.Collection(Collections.ParentLinks).EnsureIndex("chat");
            db.Collection(Collections.ParentLinks).EnsureIndex("student");
            db.Collection(Collections.VerificationFailures).EnsureIndex("chat");
            db.Collection(Collections.VerificationFailures).EnsureIndex("against");
            db.Collection(Collections.Notices).EnsureIndex("class");
            db.Collection(Collections.Notices).EnsureIndex("delivered_at");
            db.Collection(Collections.StaffLinks).EnsureIndex("teacher");
            db.Collection(Collections.LeaveRequests).EnsureIndex("status");
            db.Collection(Collections.Outbox).EnsureIndex("status");
            db.Collection(Collections.Outbox).EnsureIndex("not_before");
            db.Collection(Collections.Outbox).EnsureIndex(OutboxDocument.Due);
            db.Collection(Collections.Outbox).EnsureIndex(OutboxDocument.LeasedBy);
            db.Collection(Collections.Outbox).EnsureIndex("chat");
            db.Collection(Collections.StandingChoices).EnsureIndex("chat");
            db.Collection(Collections.StandingChoices).EnsureIndex("expires");
            db.Collection(Collections.Acknowledgements).EnsureIndex("notice");
            db.Collection(Collections.Acknowledgements).EnsureIndex("student");
            db.Collection(Collections.LeaveRequests).EnsureIndex("student");
            db.Collection(Collections.UpdatesBegun).EnsureIndex("at");
            db.Collection(Collections.Consents).EnsureIndex("chat");
            db.Collection(Collections.AccessLog).EnsureIndex("student");
            db.Collection(Collections.AccessLog).EnsureIndex("who");
            db.Collection(Collections.Acknowledgements).EnsureIndex("chat");
            db.Collection(Collections.LeaveRequests).EnsureIndex("chat");
            db.Collection(Collections.TalkMessages).EnsureIndex("student");
            db.Collection(Collections.TalkMessages).EnsureIndex("teacher");
            db.Collection(Collections.TalkMessages).EnsureIndex("chat");
            db.Collection(Collections.TalkMessages).EnsureIndex("at");
            db.Collection(Collections.TalkMutes).EnsureIndex("student");
            db.Collection(Collections.Polls).EnsureIndex("class");
            db.Collection(Collections.PollAnswers).EnsureIndex("poll");
            db.Collection(Collections.PollAnswers).EnsureIndex("student");
            db.Collection(Collections.PollAnswers).EnsureIndex("chat");
            db.Collection(Collections.RecordStamps).EnsureIndex("student");
        });
    }

    internal static BsonValue Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    internal static DateOnly Date(BsonValue value) =>
        DateOnly.ParseExact(value.AsString, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
