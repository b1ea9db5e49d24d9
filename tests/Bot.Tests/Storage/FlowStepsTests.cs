using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Conversations.Leave;
using SoLienLac.Bot.Conversations.Notices;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Bot.Conversations.Teaching;
using SoLienLac.Bot.Conversations.Verify;
using SoLienLac.Bot.Hosting;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Tests.Storage;

/// <summary>Flow steps are registered by their features, saved with typed fields, and read back — also as an older release saved them.</summary>
public sealed class FlowStepsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private FlowSteps ServingSteps()
    {
        var terminal = new Terminal(TextReader.Null, TextWriter.Null, TextWriter.Null, ShowsProgress: false);
        using var host = SchoolHost.BuildService(DemoDatabase.Settings(_dir.File("school.db")), terminal, chatOnly: true);
        return host.Services.GetRequiredService<FlowSteps>();
    }

    public static TheoryData<FlowState> EveryStep => new()
    {
        new AwaitingStudentCode(),
        new AwaitingProof(StudentCode.Parse("HS0012")),
        new AwaitingScores(ClassName.Parse("6A"), SubjectCatalog.Toan, Term.II, Column.Regular(2), "nhập nhầm"),
        new AwaitingAbsences(ClassName.Parse("9B"), new DateOnly(2026, 11, 23), DaySession.Afternoon, null),
        new ConfirmingConduct(StudentCode.Parse("HS0012"), Term.I, Level.Kha, null),
        new ConfirmingRemark(StudentCode.Parse("HS0012"), "Em tiến bộ"),
        new ConfirmingFile("diem-6a.xlsx"),
        new AwaitingLeave(StudentCode.Parse("HS0001")),
        new ConfirmingNotice(null, "Nghỉ Tết", new DateTimeOffset(2027, 1, 20, 7, 0, 0, TimeSpan.FromHours(7))),
    };

    [Theory]
    [MemberData(nameof(EveryStep))]
    public void EveryRegisteredStep_IsSavedAndReadBackAsItWas(FlowState step)
    {
        var steps = ServingSteps();

        Assert.Equal(step, steps.Read(steps.Write(step)));
    }

    [Fact]
    public void AStepSavedWithPlainStrings_ByAnOlderRelease_ReadsBackTyped()
    {
        var steps = ServingSteps();

        var read = steps.Read("""{"$step":"scores.lines","ClassName":"6A","Subject":"Toán","Term":1,"Column":"tx1","Reason":null}""");
        var conduct = steps.Read("""{"$step":"conduct.confirm","Student":"HS0012","Term":2,"Level":"Tốt","Reason":null}""");

        Assert.Equal(new AwaitingScores(ClassName.Parse("6A"), SubjectCatalog.Toan, Term.I, Column.Regular(1), null), read);
        Assert.Equal(new ConfirmingConduct(StudentCode.Parse("HS0012"), Term.II, Level.Tot, null), conduct);
    }

    [Fact]
    public void AStepThisReleaseDoesNotKnow_IsDropped()
    {
        Assert.Null(ServingSteps().Read("""{"$step":"poll.answer","Poll":"x"}"""));
    }

    [Fact]
    public void TwoStepsOfOneName_AreRefusedAtStart() =>
        Assert.Throws<InvalidOperationException>(() => new FlowSteps([new FlowStep(typeof(AwaitingLeave), "x"), new FlowStep(typeof(ConfirmingFile), "x")]));
}
