using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.Tests.Teachers;

/// <summary>Entering scores, for each person of <see cref="Staff"/>: by class and by subject (null: allowed).</summary>
public class ScoreAuthorizationTests
{
    [Theory]
    [InlineData("admin", "6A", "Toán", null)]
    [InlineData("admin", "6A", "Tiếng Anh", null)]
    [InlineData("admin", "7A", "Toán", null)]
    [InlineData("admin", "7A", "Âm nhạc", null)]
    [InlineData("homeroom", "6A", "Toán", null)]
    [InlineData("homeroom", "6A", "Tiếng Anh", Refusal.NotAssigned)]
    [InlineData("homeroom", "7A", "Toán", Refusal.NotAssigned)]
    [InlineData("homeroom", "7A", "Tiếng Anh", Refusal.NotAssigned)]
    [InlineData("english", "6A", "Tiếng Anh", null)]
    [InlineData("english", "6B", "Tiếng Anh", null)]
    [InlineData("english", "6A", "Toán", Refusal.NotAssigned)]
    [InlineData("english", "6B", "Toán", Refusal.NotAssigned)]
    [InlineData("english", "7A", "Tiếng Anh", Refusal.NotAssigned)]
    [InlineData("english", "7A", "Toán", Refusal.NotAssigned)]
    [InlineData("none", "6A", "Toán", Refusal.NotAssigned)]
    [InlineData("none", "6A", "Tiếng Anh", Refusal.NotAssigned)]
    [InlineData("none", "7A", "Toán", Refusal.NotAssigned)]
    [InlineData("none", "7A", "Tiếng Anh", Refusal.NotAssigned)]
    public void EnterScores_OnlyForASubjectTheTeacherTeachesInThatClass(string role, string className, string subject, Refusal? expected) =>
        Assert.Equal(expected, Authorization.Check(Staff.Named(role), TeacherAction.EnterScores,
            ClassName.Parse(className), SubjectCatalog.Get(subject)));

    [Fact]
    public void SubjectTeacher_CannotEnterScoresOfAnotherSubject() =>
        Assert.Equal(Refusal.NotAssigned,
            Authorization.Check(Staff.English, TeacherAction.EnterScores, Staff.Own, SubjectCatalog.Toan));

    [Fact]
    public void HomeroomTeacher_CannotEnterScoresOfASubjectTheyDoNotTeach() =>
        Assert.Equal(Refusal.NotAssigned,
            Authorization.Check(Staff.Homeroom, TeacherAction.EnterScores, Staff.Own, SubjectCatalog.NguVan));

    [Theory]
    [InlineData("homeroom")]
    [InlineData("english")]
    public void EnterScores_WithoutASubject_IsRefused(string role) =>
        Assert.Equal(Refusal.NotAssigned, Authorization.Check(Staff.Named(role), TeacherAction.EnterScores, Staff.Own));

    [Fact]
    public void EnterScores_WithoutAClass_IsRefused() =>
        Assert.Equal(Refusal.NotAssigned,
            Authorization.Check(Staff.English, TeacherAction.EnterScores, null, SubjectCatalog.TiengAnh));
}
