using System.Globalization;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bench.Delivery;

/// <summary>
/// Makes every student of a store worth a weekly summary, in bulk, straight into the collections
/// that the bot's adapters read: one parent's Telegram chat linked to each student (the documents
/// LiteDbChatLinks writes), and one excused absence on the Friday afternoon of the week. A few
/// thousand documents a transaction, through the store's one writer.
/// </summary>
internal static class WeeklyFamilies
{
    private const int PerTransaction = 5_000;
    private const long FirstChatId = 900_000_001;

    public static Families Prepare(SchoolDatabase db, SchoolWeek week, DateTimeOffset linkedAt)
    {
        ArgumentNullException.ThrowIfNull(db);
        var students = db.Collection(Collections.Students).FindAll().Select(StudentDocument.To).ToList();
        var links = db.Collection(Collections.ParentLinks);
        var absences = db.Collection(Collections.Absences);
        var friday = week.Monday.AddDays(4);
        var (linked, absent) = (0, 0);
        foreach (var chunk in students.Select((s, i) => (Student: s, Chat: FirstChatId + i)).Chunk(PerTransaction))
        {
            db.Write(() =>
            {
                linked += links.Upsert(chunk.Select(c => LinkDocuments.From(Link(c.Student.Code, c.Chat, linkedAt))));
                absent += absences.Upsert(chunk.Select(c => AbsenceDocument.From(new Absence(c.Student.Code, friday, DaySession.Afternoon, Excused: true))));
            });
        }
        return new Families(students.Count, students.Count(s => s.IsStudying), linked, absent);
    }

    private static ParentLink Link(StudentCode student, long chat, DateTimeOffset at) =>
        new(new ChatAddress("telegram", chat.ToString(CultureInfo.InvariantCulture)), student, LinkProof.ActivationCode, null, at, null);
}
