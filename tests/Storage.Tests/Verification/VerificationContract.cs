using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Verification;

/// <summary>What verification keeps: the activation codes the school issued, and the wrong attempts that lock a chat or a code.</summary>
public abstract class VerificationContract(IStoreBackend backend) : StoreContract(backend)
{
    private static readonly DateOnly EndOfTerm = new(2027, 1, 15);
    private static readonly ChatAddress Father = new("telegram", "101");
    private static readonly ChatAddress Mother = new("zalo", "u-202");

    private static ChatAddress Chat(int n) => new("telegram", n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task ActivationCode_IsNoneUntilIssued_ThenFoundWithItsHashAsGiven()
    {
        var codes = Port<IActivationCodes>();
        var holder = CodeHolder.Student(StudentCode.Parse("HS0012"));
        Assert.Null(await codes.IssuedForAsync(holder, default));

        var (code, record) = ActivationCode.Issue(holder, EndOfTerm);
        await codes.SaveAsync(record, default);

        var found = await codes.IssuedForAsync(holder, default);
        Assert.Equal(record, found);
        Assert.True(found!.Matches(code.ToLowerInvariant()));
        Assert.True(found.IsUsable(EndOfTerm));
    }

    [Fact]
    public async Task ActivationCode_TheNewestReplacesTheOlder_AndItsUseIsKept()
    {
        var codes = Port<IActivationCodes>();
        var holder = CodeHolder.Student(StudentCode.Parse("HS0012"));
        var (oldCode, older) = ActivationCode.Issue(holder, EndOfTerm);
        await codes.SaveAsync(older, default);

        var (newCode, newer) = ActivationCode.Issue(holder, EndOfTerm.AddMonths(4));
        await codes.SaveAsync(newer, default);
        var found = await codes.IssuedForAsync(holder, default);
        Assert.Equal(newer, found);
        Assert.False(found!.Matches(oldCode));
        Assert.True(found.Matches(newCode));

        await codes.SaveAsync(newer.UseBy(Father.Key, T0), default);
        var used = await codes.IssuedForAsync(holder, default);
        Assert.Equal(T0, used!.UsedAt);
        Assert.Equal("telegram:101", used.UsedBy);
        Assert.False(used.IsUsable(new DateOnly(2026, 12, 7)));
    }

    [Fact]
    public async Task ActivationCode_OfATeacher_IsApartFromAStudentsOfTheSameCode()
    {
        var codes = Port<IActivationCodes>();
        var (_, family) = ActivationCode.Issue(CodeHolder.Student(StudentCode.Parse("GV003")), EndOfTerm);
        var (_, teacher) = ActivationCode.Issue(CodeHolder.Teacher("gv003"), EndOfTerm);
        await codes.SaveAsync(family, default);
        await codes.SaveAsync(teacher, default);

        Assert.Equal(family, await codes.IssuedForAsync(CodeHolder.Student(StudentCode.Parse("GV003")), default));
        Assert.Equal(teacher, await codes.IssuedForAsync(CodeHolder.Teacher("GV003"), default));
        Assert.True((await codes.IssuedForAsync(CodeHolder.Teacher("GV003"), default))!.Holder.IsTeacher);
    }

    [Fact]
    public async Task Failures_AreRecordedPerChat()
    {
        var attempts = Port<IVerificationAttempts>();
        Assert.Empty(await attempts.FailuresOfAsync(Father, default));

        await attempts.RecordFailureAsync(Father, T0.AddMinutes(-30), null, default);
        await attempts.RecordFailureAsync(Father, T0.AddHours(-3), "HS0012", default);
        await attempts.RecordFailureAsync(Mother, T0, null, default);

        Assert.Equal([T0.AddHours(-3), T0.AddMinutes(-30)], (await attempts.FailuresOfAsync(Father, default)).Order());
        Assert.Equal([T0], await attempts.FailuresOfAsync(Mother, default));
    }

    [Fact]
    public async Task FiveFailuresWithinTheHour_LockTheChat_FourDoNot()
    {
        var attempts = Port<IVerificationAttempts>();
        for (var i = 0; i < 4; i++) await attempts.RecordFailureAsync(Father, T0.AddMinutes(10 * i), null, default);
        await attempts.RecordFailureAsync(Mother, T0.AddMinutes(45), null, default);
        Assert.Null(VerificationLock.LockedUntil(await attempts.FailuresOfAsync(Father, default), T0.AddMinutes(46)));

        await attempts.RecordFailureAsync(Father, T0.AddMinutes(50), null, default);

        Assert.Equal(T0.AddMinutes(110), VerificationLock.LockedUntil(await attempts.FailuresOfAsync(Father, default), T0.AddMinutes(51)));
        Assert.Null(VerificationLock.LockedUntil(await attempts.FailuresOfAsync(Mother, default), T0.AddMinutes(51)));
    }

    [Fact]
    public async Task FailuresAgainstACode_AreThoseOfEveryChat_AndLockTheCodeAtTwentyFromFiveChats()
    {
        var attempts = Port<IVerificationAttempts>();
        for (var i = 0; i < 20; i++) await attempts.RecordFailureAsync(Chat(i % 5), T0.AddMinutes(i), "HS0012", default);
        await attempts.RecordFailureAsync(Father, T0, "HS0013", default);
        await attempts.RecordFailureAsync(Father, T0, null, default);

        var against = await attempts.FailuresAgainstAsync("HS0012", default);

        Assert.Equal(20, against.Count);
        Assert.Equal(Enumerable.Range(0, 5).Select(Chat), against.Select(f => f.Chat).Distinct().Order(Comparer<ChatAddress>.Create((a, b) => string.CompareOrdinal(a.Key, b.Key))));
        Assert.Contains(new CodeFailure(Chat(3), T0.AddMinutes(18)), against);
        Assert.Equal(T0.AddMinutes(19).AddDays(1), HolderLock.LockedUntil(against, T0.AddMinutes(20)));
        Assert.Equal([new CodeFailure(Father, T0)], await attempts.FailuresAgainstAsync("HS0013", default));
        Assert.Empty(await attempts.FailuresAgainstAsync("HS0014", default));
    }

    [Fact]
    public async Task ForgetBefore_DropsOlderFailuresOfEveryChat_AndKeepsTheRest()
    {
        var attempts = Port<IVerificationAttempts>();
        var before = T0 - VerificationLock.Kept;
        await attempts.RecordFailureAsync(Father, before.AddSeconds(-1), "HS0012", default);
        await attempts.RecordFailureAsync(Mother, before.AddHours(-5), null, default);
        await attempts.RecordFailureAsync(Father, before, null, default);
        await attempts.RecordFailureAsync(Mother, T0, "HS0012", default);

        Assert.Equal(2, await attempts.ForgetBeforeAsync(before, default));

        Assert.Equal([before], await attempts.FailuresOfAsync(Father, default));
        Assert.Equal([T0], await attempts.FailuresOfAsync(Mother, default));
        Assert.Equal([new CodeFailure(Mother, T0)], await attempts.FailuresAgainstAsync("HS0012", default));
        Assert.Equal(0, await attempts.ForgetBeforeAsync(before, default));
    }
}
