using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Subjects;
using SoLienLac.Storage.Tests.Support;
using static SoLienLac.Storage.Tests.Records.Records;

namespace SoLienLac.Storage.Tests.Records;

/// <summary>A parent's "cập nhật …": when each kind of a child's records last changed, moved by the saves that change them.</summary>
public abstract class RecordStampsContract(IStoreBackend backend) : StoreContract(backend)
{
    private Task SaveAsync(DateTimeOffset at, Action<ChangeSet> fill) => Port<ISchoolRecords>().SaveAsync(Changes(c =>
    {
        fill(c);
        c.Audit.Add(Audit(at, "HS0001", "change"));
    }), default);

    private Task<IReadOnlyDictionary<RecordKind, DateTimeOffset>> StampsOfAsync(string student) =>
        Port<IRecordStamps>().OfAsync(Code(student), default);

    [Fact]
    public async Task AMark_MovesTheGradesStamp_AnAbsenceTheAttendance_ARemarkTheConduct()
    {
        Assert.Empty(await StampsOfAsync("HS0001"));

        await SaveAsync(T0, c => c.Assessments.Add(Score("HS0001", SubjectCatalog.Toan, Term.I, "tx1", 8m)));
        Assert.Equal(new Dictionary<RecordKind, DateTimeOffset> { [RecordKind.Grades] = T0 }, await StampsOfAsync("HS0001"));

        await SaveAsync(T0.AddHours(1), c => c.Absences.Add(Absence("HS0001", 7, DaySession.Morning)));
        await SaveAsync(T0.AddHours(2), c => c.Remarks.Add(new Remark(Guid.NewGuid(), Code("HS0001"), Term.I, new DateOnly(2026, 12, 7), "GV01", "Chăm chỉ")));

        Assert.Equal(new Dictionary<RecordKind, DateTimeOffset>
        {
            [RecordKind.Grades] = T0,
            [RecordKind.Attendance] = T0.AddHours(1),
            [RecordKind.Conduct] = T0.AddHours(2),
        }, await StampsOfAsync("HS0001"));
        Assert.Empty(await StampsOfAsync("HS0002"));
    }

    [Fact]
    public async Task AnOlderChange_DoesNotMoveAStampBack_ANewerOneMovesIt()
    {
        await SaveAsync(T0.AddHours(1), c => c.Conduct.Add(new ConductRecord(Code("HS0001"), Term.I, Level.Tot)));
        await SaveAsync(T0, c => c.Conduct.Add(new ConductRecord(Code("HS0001"), Term.II, Level.Kha)));
        Assert.Equal(T0.AddHours(1), (await StampsOfAsync("HS0001"))[RecordKind.Conduct]);

        await SaveAsync(T0.AddHours(3), c => c.ClearedAbsences.Add(Absence("HS0001", 7, DaySession.Morning)));
        await SaveAsync(T0.AddHours(2), c => c.Conduct.Add(new ConductRecord(Code("HS0001"), Term.II, Level.Tot)));

        Assert.Equal(new Dictionary<RecordKind, DateTimeOffset>
        {
            [RecordKind.Conduct] = T0.AddHours(2),
            [RecordKind.Attendance] = T0.AddHours(3),
        }, await StampsOfAsync("HS0001"));
    }

    [Fact]
    public async Task ASaveThatFails_MovesNoStamp()
    {
        var duplicate = Audit(T0, "HS0001", "Điểm Toán HK1 tx1", null, "8");

        await Assert.ThrowsAnyAsync<Exception>(() => Port<ISchoolRecords>().SaveAsync(Changes(c =>
        {
            c.Assessments.Add(Score("HS0001", SubjectCatalog.Toan, Term.I, "tx1", 8m));
            c.Audit.AddRange([duplicate, duplicate]);
        }), default));

        Assert.Empty(await StampsOfAsync("HS0001"));
    }
}
