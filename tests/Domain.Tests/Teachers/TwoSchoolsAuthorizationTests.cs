using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Schools;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.Tests.Teachers;

/// <summary>
/// Two schools in one store, each with a 6A: an admin's rights end at their school's gate, and a
/// teacher of both schools has in each exactly what that school assigned.
/// </summary>
public class TwoSchoolsAuthorizationTests
{
    private static readonly ClassName SixAOfA = ClassName.Parse("THCS-A/6A");
    private static readonly ClassName SixAOfB = ClassName.Parse("THCS-B/6A");

    private static readonly Teacher AdminOfA = Teacher.Create("GVA01", "Đỗ Minh Hiệu", null, [Assignment.Admin("THCS-A")]);

    private static readonly Teacher OfBoth = Teacher.Create("GVX01", "Võ Thu Hà", null,
        [Assignment.Homeroom(SixAOfA), Assignment.Teaching(SubjectCatalog.Toan, SixAOfB)]);

    [Fact]
    public void AClassOfASchool_IsNotTheSameClassOfAnother_AndReadsBackFromItsKey()
    {
        Assert.Equal("6A", SixAOfA.Value);
        Assert.Equal("THCS-A", SixAOfA.School);
        Assert.Equal("THCS-A/6A", SixAOfA.Key);
        Assert.Equal("6A", SixAOfA.ToString());
        Assert.NotEqual(SixAOfA, SixAOfB);
        Assert.Equal(SixAOfA, ClassName.Parse(SixAOfA.Key));
        Assert.Equal(ClassName.Parse("6A"), ClassName.Parse("6A").In(null));
    }

    [Theory]
    [InlineData("6A")]
    [InlineData("12")]
    [InlineData("X")]
    [InlineData("trường")]
    public void ASchoolCodeNeverLooksLikeAClass(string code) => Assert.False(School.IsCode(code));

    [Fact]
    public void AnAdmin_MayDoAnythingInTheirSchool_AndNothingInAnother()
    {
        foreach (var action in Enum.GetValues<TeacherAction>().Where(a => a != TeacherAction.SendSchoolNotice))
        {
            Assert.Null(Authorization.Check(AdminOfA, action, SixAOfA, SubjectCatalog.Toan));
            Assert.Equal(Refusal.NotAssigned, Authorization.Check(AdminOfA, action, SixAOfB, SubjectCatalog.Toan));
        }
        Assert.Equal([SixAOfA], Authorization.ClassesOf(AdminOfA, [SixAOfA, SixAOfB, ClassName.Parse("6A")]));
        // A closed term of the other school is not theirs to reopen either.
        Assert.Equal(Refusal.TermClosed, Authorization.Check(AdminOfA, TeacherAction.EnterScores, SixAOfB, SubjectCatalog.Toan, termClosed: true, reason: "sửa"));
    }

    [Fact]
    public void ATeacherOfTwoSchools_HasInEachWhatThatSchoolAssigned()
    {
        Assert.Null(Authorization.Check(OfBoth, TeacherAction.RecordAttendance, SixAOfA));
        Assert.Equal(Refusal.NotAssigned, Authorization.Check(OfBoth, TeacherAction.RecordAttendance, SixAOfB));
        Assert.Null(Authorization.Check(OfBoth, TeacherAction.EnterScores, SixAOfB, SubjectCatalog.Toan));
        Assert.Equal(Refusal.NotAssigned, Authorization.Check(OfBoth, TeacherAction.EnterScores, SixAOfA, SubjectCatalog.NguVan));
        Assert.Equal(["THCS-A", "THCS-B"], OfBoth.Schools);
    }

    [Fact]
    public void AClassTyped_IsPlacedInTheTeachersSchool()
    {
        Assert.Equal(SixAOfA, AdminOfA.Place(ClassName.Parse("6A")));
        Assert.Equal(SixAOfB, AdminOfA.Place(ClassName.Parse("THCS-B/6A")));
        // Both schools have a 6A of theirs: the first school they teach it in, unless they say which.
        Assert.Equal(SixAOfA, OfBoth.Place(ClassName.Parse("6A")));
        Assert.Equal(SixAOfB, OfBoth.Place(ClassName.Parse("thcs-b/6a")));
        Assert.Equal(ClassName.Parse("6A"), Staff.Admin.Place(ClassName.Parse("6A")));
    }

    [Fact]
    public void AWholeSchoolsNotice_ConcernsItsOwnSchoolsClassesOnly()
    {
        var (notice, refused) = NoticeDesk.Draft(AdminOfA, null, "Nghỉ học ngày mai", DateTimeOffset.UnixEpoch, null);
        Assert.Null(refused);
        Assert.Equal("THCS-A", notice!.School);
        Assert.True(notice.ConcernsClass(SixAOfA));
        Assert.False(notice.ConcernsClass(SixAOfB));
        Assert.False(notice.ConcernsClass(ClassName.Parse("6A")));
    }
}
