using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.Tests.Teachers;

/// <summary>Once a term's books are printed, only an admin changes its scores, attendance or conduct, and says why.</summary>
public class ClosedTermAuthorizationTests
{
    [Theory]
    [InlineData("homeroom", TeacherAction.EnterScores, "Toán")]
    [InlineData("homeroom", TeacherAction.RecordAttendance, null)]
    [InlineData("homeroom", TeacherAction.SetConduct, null)]
    [InlineData("english", TeacherAction.EnterScores, "Tiếng Anh")]
    [InlineData("english", TeacherAction.RecordAttendance, null)]
    [InlineData("english", TeacherAction.SetConduct, null)]
    [InlineData("none", TeacherAction.EnterScores, "Toán")]
    [InlineData("none", TeacherAction.RecordAttendance, null)]
    [InlineData("none", TeacherAction.SetConduct, null)]
    public void ClosedTerm_RefusesEveryoneButAnAdmin_EvenWithAReason(string role, TeacherAction action, string? subject) =>
        Assert.Equal(Refusal.TermClosed, Authorization.Check(Staff.Named(role), action, Staff.Own,
            subject is null ? null : SubjectCatalog.Get(subject), termClosed: true, reason: "sửa nhầm"));

    [Theory]
    [InlineData(TeacherAction.EnterScores, null)]
    [InlineData(TeacherAction.EnterScores, "")]
    [InlineData(TeacherAction.EnterScores, "   ")]
    [InlineData(TeacherAction.RecordAttendance, null)]
    [InlineData(TeacherAction.RecordAttendance, " ")]
    [InlineData(TeacherAction.SetConduct, null)]
    [InlineData(TeacherAction.SetConduct, "")]
    public void ClosedTerm_AdminMustGiveAReason(TeacherAction action, string? reason) =>
        Assert.Equal(Refusal.ReasonRequired, Authorization.Check(Staff.Admin, action, Staff.Own, SubjectCatalog.Toan,
            termClosed: true, reason: reason));

    [Theory]
    [InlineData(TeacherAction.EnterScores)]
    [InlineData(TeacherAction.RecordAttendance)]
    [InlineData(TeacherAction.SetConduct)]
    public void ClosedTerm_AdminWithAReason_MayCorrect(TeacherAction action) =>
        Assert.Null(Authorization.Check(Staff.Admin, action, Staff.Other, SubjectCatalog.Toan,
            termClosed: true, reason: "phúc khảo bài thi"));

    [Theory]
    [InlineData(TeacherAction.ViewClass)]
    [InlineData(TeacherAction.ViewHistory)]
    public void ClosedTerm_StillLetsTheHomeroomTeacherLook(TeacherAction action) =>
        Assert.Null(Authorization.Check(Staff.Homeroom, action, Staff.Own, termClosed: true));

    [Fact]
    public void OpenTerm_NeedsNoReason() =>
        Assert.Null(Authorization.Check(Staff.Homeroom, TeacherAction.SetConduct, Staff.Own, termClosed: false));

    [Theory]
    [InlineData(Term.I, true)]
    [InlineData(Term.II, false)]
    public void IsClosed_OnlyForTheTermsTheSchoolListed(Term term, bool expected) =>
        Assert.Equal(expected, Authorization.IsClosed(term, [Term.I]));
}
