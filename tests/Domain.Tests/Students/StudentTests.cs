using SoLienLac.Domain.Students;
using SoLienLac.Domain.Tests.Builders;

namespace SoLienLac.Domain.Tests.Students;

public class StudentTests
{
    private static readonly DateOnly LeftOn = new(2026, 11, 23);

    [Theory]
    [InlineData(StudentStatus.Transferred)]
    [InlineData(StudentStatus.Dropped)]
    public void WithStatus_NeedsTheDate_ForAStudentWhoLeft(StudentStatus status) =>
        Assert.Throws<ArgumentException>(() => new StudentBuilder().Build().WithStatus(status, null));

    [Theory]
    [InlineData(StudentStatus.Transferred)]
    [InlineData(StudentStatus.Dropped)]
    public void Leave_KeepsTheStudentMarkedWithTheDate(StudentStatus how)
    {
        var student = new StudentBuilder().Build().Leave(how, LeftOn);

        Assert.Equal(how, student.Status);
        Assert.Equal(LeftOn, student.LeftOn);
        Assert.False(student.IsStudying);
        Assert.Equal("Nguyễn Văn An", student.FullName);
    }

    [Fact]
    public void WithStatus_Studying_ClearsTheDateLeft()
    {
        var back = new StudentBuilder().Build().Leave(StudentStatus.Transferred, LeftOn).WithStatus(StudentStatus.Studying, LeftOn);

        Assert.True(back.IsStudying);
        Assert.Null(back.LeftOn);
    }

    [Fact]
    public void Leave_RefusesStudyingAsAWayToLeave() =>
        Assert.Throws<ArgumentException>(() => new StudentBuilder().Build().Leave(StudentStatus.Studying, LeftOn));

    [Fact]
    public void Enrol_StartsStudyingWithATidyName()
    {
        var student = Student.Enrol(StudentCode.Parse("hs01"), "  Trần   Thị  Bình ", new DateOnly(2014, 2, 3), ClassName.Parse("6a"));

        Assert.True(student.IsStudying);
        Assert.Null(student.LeftOn);
        Assert.Equal("Trần Thị Bình", student.FullName);
        Assert.Equal("HS01", student.Code.Value);
    }
}
