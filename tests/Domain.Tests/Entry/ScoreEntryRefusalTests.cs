using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;
using SoLienLac.Domain.Tests.Fakes;
using SoLienLac.Domain.Tests.Teachers;

namespace SoLienLac.Domain.Tests.Entry;

/// <summary>Score entry asks <see cref="Authorization"/> itself; a refused batch cannot be saved.</summary>
public class ScoreEntryRefusalTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 20, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly ScoreDesk _desk = new(("HS0002", 8m));

    [Fact]
    public void SubjectTeacher_CannotEnterScoresOfAnotherSubject_AndTheBatchCannotBeSaved()
    {
        var batch = _desk.Entry.Preview(Staff.English, Staff.Own, SubjectCatalog.Toan, Term.I, ScoreDesk.Tx1, ["HS0002 9", "HS0009 x"]);

        Assert.Equal(Refusal.NotAssigned, batch.Refused);
        Assert.Empty(batch.Changes);
        Assert.Empty(batch.Issues);
        Assert.Throws<InvalidOperationException>(() => _desk.Entry.Apply(batch, new Actor("GV02", "telegram", null), Now));
        Assert.Empty(_desk.Records.SavedAssessments);
        Assert.Empty(_desk.Records.Audit);
        Assert.Equal("8", _desk.MarkOf("HS0002"));
    }

    [Fact]
    public void SubjectTeacher_CannotEnterTheirSubjectInAClassTheyDoNotTeach() =>
        Assert.Equal(Refusal.NotAssigned,
            _desk.Entry.Preview(Staff.English, Staff.Other, SubjectCatalog.TiengAnh, Term.I, ScoreDesk.Tx1, ["HS0101 9"]).Refused);

    [Fact]
    public void ClosedTerm_RefusesTheTeacher() =>
        Assert.Equal(Refusal.TermClosed, Preview(Staff.Homeroom, reason: "sửa nhầm").Refused);

    [Fact]
    public void ClosedTerm_AdminWithoutAReason_IsAskedForOne() =>
        Assert.Equal(Refusal.ReasonRequired, Preview(Staff.Admin, reason: null).Refused);

    [Fact]
    public void ClosedTerm_AdminWithAReason_CorrectsTheMark_AndTheAuditSaysWhy()
    {
        var batch = Preview(Staff.Admin, reason: "phúc khảo");

        _desk.Entry.Apply(batch, new Actor("BGH01", "telegram", "phúc khảo"), Now);

        var entry = Assert.Single(_desk.Records.Audit);
        Assert.Equal(("BGH01", "8", "9", "phúc khảo"), (entry.Actor, entry.OldValue, entry.NewValue, entry.Reason));
        Assert.Equal("9", _desk.MarkOf("HS0002"));
    }

    private ScoreBatch Preview(Teacher teacher, string? reason) =>
        _desk.Entry.Preview(teacher, Staff.Own, SubjectCatalog.Toan, Term.I, ScoreDesk.Tx1, ["HS0002 9"], termClosed: true, reason: reason);
}
