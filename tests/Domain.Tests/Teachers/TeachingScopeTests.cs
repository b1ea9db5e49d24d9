using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.Tests.Teachers;

/// <summary>The classes a teacher may open and the subjects they may score there.</summary>
public class TeachingScopeTests
{
    private static readonly IReadOnlyList<ClassName> School = new[] { "6A", "6B", "7A" }.Select(ClassName.Parse).ToList();

    [Theory]
    [InlineData("admin", "6A 6B 7A")]
    [InlineData("homeroom", "6A")]
    [InlineData("english", "6A 6B")]
    [InlineData("none", "")]
    public void ClassesOf_AreTheClassesTheTeacherHasAnAssignmentIn(string role, string expected) =>
        Assert.Equal(expected, string.Join(' ', Authorization.ClassesOf(Staff.Named(role), School)));

    [Theory]
    [InlineData("homeroom", "6A", "Toán")]
    [InlineData("homeroom", "7A", "")]
    [InlineData("english", "6A", "Tiếng Anh")]
    [InlineData("english", "6B", "Tiếng Anh")]
    [InlineData("english", "7A", "")]
    [InlineData("none", "6A", "")]
    public void SubjectsOf_AreTheSubjectsTheTeacherTeachesInThatClass(string role, string className, string expected) =>
        Assert.Equal(expected, string.Join(", ", Authorization.SubjectsOf(Staff.Named(role), ClassName.Parse(className))));

    [Theory]
    [InlineData("6A")]
    [InlineData("7A")]
    public void SubjectsOf_AnAdmin_IsTheWholeProgramme(string className) =>
        Assert.Equal(SubjectCatalog.Secondary, Authorization.SubjectsOf(Staff.Admin, ClassName.Parse(className)));
}
