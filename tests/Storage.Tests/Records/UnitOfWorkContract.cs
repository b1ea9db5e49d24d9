using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Subjects;
using SoLienLac.Storage.Tests.Support;
using static SoLienLac.Storage.Tests.Records.Records;

namespace SoLienLac.Storage.Tests.Records;

/// <summary>
/// The transactional outbox: a change and the messages it causes are one save. A crash (here, a save
/// the store refuses half-way) keeps neither; a save that succeeds keeps both.
/// </summary>
public abstract class UnitOfWorkContract(IStoreBackend backend) : StoreContract(backend)
{
    private static readonly ChatAddress Parent = new("telegram", "101");

    private static OutboxMessage Alert(string id) =>
        new(id, Parent, """{"text":"Điểm mới: Toán 8"}""", T0, T0.AddMinutes(30)) { For = CodeHolder.Student(Code("HS0001")) };

    [Fact]
    public async Task AMark_AndTheAlertItCauses_AreSavedTogether()
    {
        await Port<ISchoolRecords>().SaveAsync(Changes(c =>
        {
            c.Assessments.Add(Score("HS0001", SubjectCatalog.Toan, Term.I, "tx1", 8m));
            c.Messages.Add(Alert("score:HS0001|Toán|1|tx1:telegram:101:8:1"));
        }), default);

        Assert.Single(await Port<IGradeBook>().MarksOfAsync(Code("HS0001"), default));
        Assert.NotNull(await Port<IOutbox>().FindAsync("score:HS0001|Toán|1|tx1:telegram:101:8:1", default));
    }

    [Fact]
    public async Task ASaveThatFails_KeepsNeitherTheMark_NorItsAlert()
    {
        var duplicate = Audit(T0, "HS0001", "Điểm Toán HK1 tx1", null, "8");

        await Assert.ThrowsAnyAsync<Exception>(() => Port<ISchoolRecords>().SaveAsync(Changes(c =>
        {
            c.Assessments.Add(Score("HS0001", SubjectCatalog.Toan, Term.I, "tx1", 8m));
            c.Messages.Add(Alert("score:HS0001|Toán|1|tx1:telegram:101:8:1"));
            c.Audit.AddRange([duplicate, duplicate]); // refused after the mark and the alert were written
        }), default));

        Assert.Empty(await Port<IGradeBook>().MarksOfAsync(Code("HS0001"), default));
        Assert.Null(await Port<IOutbox>().FindAsync("score:HS0001|Toán|1|tx1:telegram:101:8:1", default));
        Assert.Equal(0, (await Port<IOutbox>().CountsAsync(default))[OutboxStatus.Pending]);
    }

    [Fact]
    public async Task ACorrection_ReplacesTheWaitingAlert_InTheSameSave_AndAnAlertAlreadyThereIsKept()
    {
        var outbox = Port<IOutbox>();
        await outbox.EnqueueAsync(Alert("score:HS0001|Toán|1|tx1:telegram:101:7:1"), default);
        await outbox.EnqueueAsync(Alert("absence:HS0001|2026-12-07|S:K:1:telegram:101"), default);

        await Port<ISchoolRecords>().SaveAsync(Changes(c =>
        {
            c.Assessments.Add(Score("HS0001", SubjectCatalog.Toan, Term.I, "tx1", 8m));
            c.StaleMessages.Add("score:HS0001|Toán|1|tx1:telegram:101:");
            c.Messages.Add(Alert("score:HS0001|Toán|1|tx1:telegram:101:8:2"));
            c.Messages.Add(Alert("absence:HS0001|2026-12-07|S:K:1:telegram:101") with { Body = "again" });
        }), default);

        Assert.Null(await outbox.FindAsync("score:HS0001|Toán|1|tx1:telegram:101:7:1", default));
        Assert.NotNull(await outbox.FindAsync("score:HS0001|Toán|1|tx1:telegram:101:8:2", default));
        Assert.NotEqual("again", (await outbox.FindAsync("absence:HS0001|2026-12-07|S:K:1:telegram:101", default))!.Body);
        Assert.Equal(2, (await outbox.CountsAsync(default))[OutboxStatus.Pending]);
    }
}
