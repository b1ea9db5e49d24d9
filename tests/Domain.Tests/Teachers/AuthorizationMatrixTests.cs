using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.Tests.Teachers;

/// <summary>
/// Every action but entering scores (see <see cref="ScoreAuthorizationTests"/>), for each of the four
/// people of <see cref="Staff"/>: what they get in their own class 6A and in 7A (null: allowed).
/// </summary>
public class AuthorizationMatrixTests
{
    private const Refusal No = Refusal.NotAssigned;
    private const Refusal AdminOnly = Refusal.AdminOnly;

    public static TheoryData<TeacherAction, Refusal?, Refusal?> AdminRows => new()
    {
        { TeacherAction.RecordAttendance, null, null },
        { TeacherAction.SetConduct, null, null },
        { TeacherAction.WriteRemark, null, null },
        { TeacherAction.SendClassNotice, null, null },
        { TeacherAction.SendSchoolNotice, null, null },
        { TeacherAction.DecideLeave, null, null },
        { TeacherAction.ViewHistory, null, null },
        { TeacherAction.ViewClass, null, null },
    };

    public static TheoryData<TeacherAction, Refusal?, Refusal?> HomeroomRows => new()
    {
        { TeacherAction.RecordAttendance, null, No },
        { TeacherAction.SetConduct, null, No },
        { TeacherAction.WriteRemark, null, No },
        { TeacherAction.SendClassNotice, null, No },
        { TeacherAction.SendSchoolNotice, AdminOnly, AdminOnly },
        { TeacherAction.DecideLeave, null, No },
        { TeacherAction.ViewHistory, null, No },
        { TeacherAction.ViewClass, null, No },
    };

    public static TheoryData<TeacherAction, Refusal?, Refusal?> SubjectTeacherRows => new()
    {
        { TeacherAction.RecordAttendance, No, No },
        { TeacherAction.SetConduct, No, No },
        { TeacherAction.WriteRemark, No, No },
        { TeacherAction.SendClassNotice, No, No },
        { TeacherAction.SendSchoolNotice, AdminOnly, AdminOnly },
        { TeacherAction.DecideLeave, No, No },
        { TeacherAction.ViewHistory, No, No },
        { TeacherAction.ViewClass, null, No },
    };

    public static TheoryData<TeacherAction, Refusal?, Refusal?> UnassignedRows => new()
    {
        { TeacherAction.RecordAttendance, No, No },
        { TeacherAction.SetConduct, No, No },
        { TeacherAction.WriteRemark, No, No },
        { TeacherAction.SendClassNotice, No, No },
        { TeacherAction.SendSchoolNotice, AdminOnly, AdminOnly },
        { TeacherAction.DecideLeave, No, No },
        { TeacherAction.ViewHistory, No, No },
        { TeacherAction.ViewClass, No, No },
    };

    [Theory]
    [MemberData(nameof(AdminRows))]
    public void Admin_MayDoEverything_InEveryClass(TeacherAction action, Refusal? inOwn, Refusal? inOther) =>
        AssertRow(Staff.Admin, action, inOwn, inOther);

    [Theory]
    [MemberData(nameof(HomeroomRows))]
    public void HomeroomTeacher_RunsTheirOwnClass_ButNoOther(TeacherAction action, Refusal? inOwn, Refusal? inOther) =>
        AssertRow(Staff.Homeroom, action, inOwn, inOther);

    [Theory]
    [MemberData(nameof(SubjectTeacherRows))]
    public void SubjectTeacher_MayOnlyViewTheClassesTheyTeach(TeacherAction action, Refusal? inOwn, Refusal? inOther) =>
        AssertRow(Staff.English, action, inOwn, inOther);

    [Theory]
    [MemberData(nameof(UnassignedRows))]
    public void TeacherWithoutAssignment_MayDoNothing(TeacherAction action, Refusal? inOwn, Refusal? inOther) =>
        AssertRow(Staff.Unassigned, action, inOwn, inOther);

    [Fact]
    public void SubjectTeacher_MayViewEveryClassTheyTeach() =>
        Assert.Null(Authorization.Check(Staff.English, TeacherAction.ViewClass, ClassName.Parse("6B")));

    [Fact]
    public void EveryTable_HasOneRowForEveryActionButEnterScores()
    {
        var expected = Enum.GetValues<TeacherAction>().Where(a => a != TeacherAction.EnterScores).Order();
        foreach (var table in new[] { AdminRows, HomeroomRows, SubjectTeacherRows, UnassignedRows })
            Assert.Equal(expected, table.Select(row => (TeacherAction)row[0]).Order());
    }

    private static void AssertRow(Teacher teacher, TeacherAction action, Refusal? inOwn, Refusal? inOther)
    {
        Assert.Equal(inOwn, Authorization.Check(teacher, action, Staff.Own));
        Assert.Equal(inOther, Authorization.Check(teacher, action, Staff.Other));
    }
}
