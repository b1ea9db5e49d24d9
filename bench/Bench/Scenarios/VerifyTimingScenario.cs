using System.Diagnostics;
using System.Globalization;
using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Stores;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bench.Scenarios;

/// <summary>
/// <see cref="Verification.ByCode"/> with a wrong activation code that looks like one, after three
/// kinds of code: a student's whose family has a code issued, a teacher's who has one, and a code
/// that is nobody's (issue 12). Every attempt now hashes twice (<see cref="ActivationCode.Decoy"/>
/// standing in for a missing code), so the three should take as long within noise; beside them, the
/// two hashes alone. Before the fix an unknown code was answered without a hash and a student's with one.
/// </summary>
internal static class VerifyTimingScenario
{
    public const string Name = "verify-timing";

    /// <summary>Eight letters of the codes' alphabet: passes <see cref="ActivationCode.LooksLikeCode"/>, matches no issued code.</summary>
    private const string WrongCode = "AAAA-AAAA";

    private const int DefaultRuns = 200;
    private const int DefaultWarmUps = 20;

    public static void Run(BenchArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Report.Heading(Name);
        using var scratch = new ScratchDirectory();
        var built = DemoStore.Build(scratch.File("school.db"), DemoPlans.TermOne);
        Report.Fact("demo store (classes of 45, term I)", $"{built.Students} students, {built.Size}, built in {built.BuildTime.TotalSeconds:0.0} s");
        // The serving host, where the conversations get their Verification; on the scratch store itself, which it writes to.
        using var service = OpenStore.Serving(built.Path);
        var students = service.Get<IStudentDirectory>();
        var teachers = service.Get<ITeacherDirectory>();
        var calendar = service.Get<SchoolCalendar>();
        var verification = service.Get<Verification>();

        // The per-chat lock (5 wrong codes an hour) is kept out by a fresh chat for every call. The
        // per-code lock (HolderLock: from the 20th wrong code in a day against one student or teacher
        // code, from any chats, the code is refused at once, without hashing) is kept out by spreading
        // the calls over many codes: every student and every working teacher gets a code, and each kind
        // takes as many codes in turn as there are teachers (23: students spread over the classes, and
        // unknown codes from HS9999 down), so every code of every kind gets the same number of wrong
        // codes and the store holds the same history for each — at most 10 with the default 220 calls
        // a kind, checked below. This keeps the real clock and the host as the bot builds it; moving an
        // injected TimeProvider on a day between rounds would pile every round's failures onto the same
        // codes, and make every round read more of them.
        var start = Stopwatch.GetTimestamp();
        var pupils = students.ClassesAsync(CancellationToken.None).GetAwaiter().GetResult().SelectMany(c => students.InClassAsync(c, CancellationToken.None).GetAwaiter().GetResult()).Select(s => s.Code.Value).ToList();
        var staff = teachers.AllAsync(CancellationToken.None).GetAwaiter().GetResult().Where(t => !t.HasLeft).Select(t => t.Code).ToList();
        var codes = service.Get<IActivationCodes>();
        foreach (var holder in pupils.Select(c => CodeHolder.Student(StudentCode.Parse(c))).Concat(staff.Select(CodeHolder.Teacher)))
            codes.SaveAsync(ActivationCode.Issue(holder, calendar.Year.EndsOn).Record, CancellationToken.None).GetAwaiter().GetResult();
        Report.Fact("activation codes issued", $"{pupils.Count} students' families, {staff.Count} teachers, in {Stopwatch.GetElapsedTime(start).TotalSeconds:0.0} s");
        var perKind = staff.Count;
        var tried = Enumerable.Range(0, perKind).Select(i => pupils[i * pupils.Count / perKind]).ToList();
        var nobodys = Enumerable.Range(1, 9_999).Reverse().Select(DemoProfile.CodeOf)
            .Where(c => students.FindAsync(c, CancellationToken.None).GetAwaiter().GetResult() is null && teachers.FindAsync(c.Value, CancellationToken.None).GetAwaiter().GetResult() is null)
            .Select(c => c.Value).Take(perKind).ToList();
        Report.Fact("codes tried, each kind", $"{perKind}: students {tried[0]} … {tried[^1]}, teachers {staff[0]} … {staff[^1]}, nobody's {nobodys[0]} … {nobodys[^1]}");

        var plan = arguments.Repetitions(DefaultRuns, DefaultWarmUps);
        var calls = plan.WarmUps + plan.Runs;
        var mostAgainstOne = (calls + perKind - 1) / perKind;
        Report.Fact("wrong codes against one code, at most", $"{mostAgainstOne} ({calls} calls a kind; the lock comes at {HolderLock.MaxFailures})");
        if (mostAgainstOne >= HolderLock.MaxFailures)
        {
            Report.Fact("", $"INVALID: too many calls for {perKind} codes a kind; use --runs and --warmups of at most {(HolderLock.MaxFailures - 1) * perKind} together");
            return;
        }

        var today = calendar.Today;
        var unexpected = new Dictionary<string, int>();
        Action<int> Attempt(string kind, IReadOnlyList<string> holders) => round =>
        {
            var outcome = verification.ByCodeAsync(new ChatAddress("bench", $"{kind}-{round}"), holders[round % holders.Count], WrongCode, today, CancellationToken.None).GetAwaiter().GetResult();
            // A counted wrong code, and nothing locked by it: anything else was not the slow path measured.
            if (outcome is not { Failure: VerificationFailure.NoMatch, LockedUntil: null, JustLocked: null })
                unexpected[kind] = unexpected.GetValueOrDefault(kind) + 1;
        };
        var matched = 0;
        Action<int> twoHashes = _ => matched += (ActivationCode.Decoy.Matches(WrongCode) ? 1 : 0) + (ActivationCode.Decoy.Matches(WrongCode) ? 1 : 0);

        // What a wrong code costs besides the hashes: one failure written to the store (against a code of its own).
        var attempts = service.Get<IVerificationAttempts>();
        Action<int> recordFailure = round => attempts.RecordFailureAsync(new ChatAddress("bench", $"record-{round}"), calendar.Now, $"RECORD{round}", CancellationToken.None).GetAwaiter().GetResult();

        var watch = new ResourceWatch();
        var samples = Interleaved.Measure(plan, [Attempt("student", tried), Attempt("teacher", staff), Attempt("nobody", nobodys), twoHashes, recordFailure]);
        var (student, teacher, nobody, alone) = (samples[0], samples[1], samples[2], samples[3]);
        Report.Timing("ByCode, a student's code (code issued)", student);
        Report.Timing("ByCode, a teacher's code (code issued)", teacher);
        Report.Timing("ByCode, a code that is nobody's", nobody);
        Report.Timing("two PBKDF2 hashes alone (Decoy.Matches ×2)", alone);
        Report.Timing("one failure written alone (RecordFailure)", samples[4]);
        Report.Fact("", watch.Since(samples.Count * calls));
        Report.Fact("median ratio nobody's / student's", Ratio(nobody, student));
        Report.Fact("median ratio teacher's / student's", Ratio(teacher, student));
        Report.Fact("median ratio student's / two hashes alone", Ratio(student, alone));
        Report.Fact("other answers, or the decoy matched (should be 0)",
            unexpected.Count == 0 && matched == 0 ? "0" : $"INVALID: {string.Join(", ", unexpected.Select(u => $"{u.Key} {u.Value}"))}; decoy matched {matched}");
    }

    private static string Ratio(Samples over, Samples under) =>
        string.Create(CultureInfo.InvariantCulture, $"{over.Median / under.Median:0.000} ({over.Median - under.Median:+0.00;-0.00} ms)");
}
