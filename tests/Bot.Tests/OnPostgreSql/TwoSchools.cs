using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.OnPostgreSql;

/// <summary>
/// Two schools of one district on one PostgreSQL store, set up as README says — <c>schools add</c>, then
/// each school's roster and teachers imported with <c>--school</c>. Each has a 6A. A mother has a child
/// in each; Võ Thu Hà is 6A's homeroom teacher in one and teaches Toán in the other's 6A.
/// </summary>
internal static class TwoSchools
{
    public const string A = "THCS-A";
    public const string B = "THCS-B";
    public const string NameOfA = "Trường THCS An Phú";
    public const string NameOfB = "Trường THCS Bình An";

    public const string MotherPhone = "0912000001";
    public const string FatherInBPhone = "0912000003";
    public const string AdminOfAPhone = "0913000001";
    public const string AdminOfBPhone = "0913000002";
    public const string TeacherOfBothPhone = "0913000009";

    public const string ChildInA = "HSA001";
    public const string ChildInAName = "Nguyễn Văn An";
    public const string ChildInB = "HSB001";
    public const string ChildInBName = "Nguyễn Thị Bé";
    public const string OtherInB = "HSB002";
    public const string OtherInBName = "Phạm Văn Cường";

    private const string RosterHeader = "student_code,full_name,date_of_birth,class,guardian_name,guardian_phone,guardian_relation\n";
    private const string TeachersHeader = "teacher_code,full_name,phone,role,class,subject\n";

    public static string RosterOfA =>
        RosterHeader +
        $"{ChildInA},{ChildInAName},2015-01-10,6A,Trần Thị Hoa,{MotherPhone},Mẹ\n" +
        "HSA002,Lê Thị Bích,2015-02-20,6A,Lê Văn Nam,0912000002,Bố\n";

    public static string RosterOfB =>
        RosterHeader +
        $"{ChildInB},{ChildInBName},2015-03-05,6A,Trần Thị Hoa,{MotherPhone},Mẹ\n" +
        $"{OtherInB},{OtherInBName},2015-04-15,6A,Phạm Văn Dũng,{FatherInBPhone},Bố\n";

    public static string TeachersOfA =>
        TeachersHeader +
        $"GVA01,Đỗ Minh Hiệu,{AdminOfAPhone},admin,,\n" +
        $"GVX01,Võ Thu Hà,{TeacherOfBothPhone},homeroom,6A,\n";

    public static string TeachersOfB =>
        TeachersHeader +
        $"GVB01,Hồ Văn Bình,{AdminOfBPhone},admin,,\n" +
        $"GVX01,Võ Thu Hà,{TeacherOfBothPhone},subject,6A,Toán\n";

    /// <summary>Adds both schools and imports each one's files with --school; every verb must succeed.</summary>
    public static async Task SetUpAsync(CliRun cli, TempDirectory dir)
    {
        ArgumentNullException.ThrowIfNull(dir);
        Ok(await cli.Run("schools", "add", A, "--name", NameOfA));
        Ok(await cli.Run("schools", "add", B, "--name", NameOfB));
        foreach (var (kind, school, text) in new[] { ("roster", A, RosterOfA), ("roster", B, RosterOfB), ("teachers", A, TeachersOfA), ("teachers", B, TeachersOfB) })
            Ok(await cli.Run("import", kind, dir.Write($"{kind}-{school}.csv", text), "--school", school));
    }

    private static void Ok(CliResult result) => Assert.True(result.ExitCode == 0, result.Error + result.Out);
}
