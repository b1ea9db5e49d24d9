using SoLienLac.Domain.Privacy;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Chats;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Operations;
using SoLienLac.Domain.Polls;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Settings;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;
using SoLienLac.Domain.Teachers;
using SoLienLac.Storage.Tests.Support;
using static SoLienLac.Storage.Tests.Transfer.EveryKindStore;

namespace SoLienLac.Storage.Tests.Transfer;

/// <summary>A LiteDB store moved into an empty PostgreSQL database answers the same through every port.</summary>
public sealed class TransferTests(PostgreSqlDatabaseFixture database) : IClassFixture<PostgreSqlDatabaseFixture>, IAsyncLifetime, IAsyncDisposable
{
    /// <summary>The kinds whose ports return records in the order they were written: the copy must keep it.</summary>
    private static readonly StoreKind[] Ordered = [StoreKind.Marks, StoreKind.Remarks, StoreKind.ParentLinks, StoreKind.StaffLinks, StoreKind.Audit];

    private readonly LiteDbBackend _file = new();
    private ServiceProvider _lite = null!;
    private ServiceProvider _server = null!;

    public async Task InitializeAsync()
    {
        _lite = await _file.OpenAsync();
        await FillAsync(_lite);
        _server = await database.Backend().OpenAsync();
    }

    public async Task DisposeAsync()
    {
        await _lite.DisposeAsync();
        await _server.DisposeAsync();
        await _file.DisposeAsync();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    private IStoreTransfer Lite => _lite.GetRequiredService<IStoreTransfer>();

    private IStoreTransfer Server => _server.GetRequiredService<IStoreTransfer>();

    [Fact]
    public async Task EveryKind_IsCopied_RowForRow()
    {
        var source = await ExportAsync(Lite);

        var outcome = await Server.ImportAsync(Lite.ExportAsync(CancellationToken.None), CancellationToken.None);

        Assert.False(outcome.Refused);
        var copied = await ExportAsync(Server);
        foreach (var kind in StoreRows.Kinds)
        {
            Assert.True(source[kind].Count > 0, $"the test store holds no {kind}");
            Assert.Equal(source[kind].Count, outcome.Counts.GetValueOrDefault(kind));
            var expected = source[kind].Select(EveryKindStore.Show).ToList();
            var actual = copied[kind].Select(EveryKindStore.Show).ToList();
            if (!Ordered.Contains(kind))
            {
                expected.Sort(StringComparer.Ordinal);
                actual.Sort(StringComparer.Ordinal);
            }
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task TheCopy_AnswersThePortsAsTheFileDid()
    {
        await Server.ImportAsync(Lite.ExportAsync(CancellationToken.None), CancellationToken.None);
        var ct = CancellationToken.None;
        var hs1 = StudentCode.Parse("HS0001");

        await Same<IStudentDirectory, string>(s => Show(s.InClassAsync(ClassName.Parse("6A"), ct)));
        await Same<IStudentDirectory, string>(async s => string.Join(";", await s.GuardiansOfAsync(hs1, ct)));
        await Same<ITeacherDirectory, string>(async t => string.Join(";", (await t.AllAsync(ct)).Select(x => $"{x} {string.Join(",", x.Assignments)}")));
        await Same<IGradeBook, string>(async g => string.Join(";", (await g.MarksOfAsync(hs1, ct)).Select(m => $"{m.Subject.Name} {m}")));
        await Same<IAttendanceBook, string>(async a => string.Join(";", await a.AbsencesOfAsync(hs1, ct)));
        await Same<IConductBook, string>(async c => string.Join(";", await c.LevelsOfAsync(hs1, ct)) + string.Join(";", await c.RemarksOfAsync(hs1, ct)));
        await Same<IChatLinks, string>(async l => string.Join(";", await l.ChildrenOfAsync(Mother, ct)) + string.Join(";", await l.HistoryOfAsync(hs1, ct))
            + string.Join(";", await l.StaffHistoryOfAsync("GV01", ct)) + await l.StaffOfAsync(TeacherChat, ct));
        // Entries of one instant come in no promised order (LiteDB's index gives them as it holds them): compared newest first, then by id.
        await Same<IAuditLog, string>(async a => string.Join(";", (await a.LatestAsync(10, ct)).OrderByDescending(e => e.At).ThenBy(e => e.Id)));
        await Same<IAuditLog, string>(async a => string.Join(";", (await a.AboutAsync("HS0001", ct)).OrderBy(e => e.At).ThenBy(e => e.Id)));
        await Same<IActivationCodes, string>(async c => $"{await c.IssuedForAsync(CodeHolder.Student(hs1), ct)} {await c.IssuedForAsync(CodeHolder.Teacher("GV01"), ct)}");
        // Failures come in no promised order (LiteDB's index gives them as it holds them): compared in time order.
        await Same<IVerificationAttempts, string>(async v => string.Join(";", (await v.FailuresOfAsync(Father, ct)).Order())
            + string.Join(";", (await v.FailuresAgainstAsync("HS0001", ct)).OrderBy(f => f.At).ThenBy(f => f.Chat.Key, StringComparer.Ordinal)));
        await Same<ILeaveRequests, string>(async l => Show(await l.PendingAsync(ct)) + Show([.. (await l.OfStudentAsync(hs1, ct)).OrderBy(r => r.Id)]));
        await Same<INoticeBoard, string>(async n => Show(await n.LatestAsync(null, 10, ct)) + Show(await n.DueUndeliveredAsync(T0.AddDays(2), ct))
            + string.Join(";", (await n.AcknowledgementsOfAsync((await n.LatestAsync(null, 10, ct))[^1].Id, ct))
                .OrderBy(a => a.At).ThenBy(a => a.Chat, StringComparer.Ordinal).ThenBy(a => a.Student.Value, StringComparer.Ordinal)));
        await Same<IChatStore, string>(async c => $"{await c.LoadAsync(Mother, ct)} {await c.LoadAsync(Father, ct)}");
        await Same<IParentSettings, string>(async p => $"{await p.OfAsync(Mother, ct)} {await p.OfAsync(Father, ct)}");
        await Same<IPendingFiles, string>(async p => await p.TakeAsync(TeacherChat, ct) is { } f ? $"{f.FileName} {Convert.ToHexString(f.Content)}" : "none");
        await Same<IStandingChoices, string>(async s => $"{await s.FindAsync(Mother, "A", ct)} {await s.FindAsync(Mother, "B", ct)}");
        await Same<IOutbox, string>(async o => string.Join(";", (await o.CountsAsync(ct)).OrderBy(c => c.Key)) + await o.LastSentIdAsync("score:", ct)
            + Without(await o.FindAsync("score:HS0001|b", ct)) + Without(await o.FindAsync("notice:x", ct)));
        await Same<IChannelCursors, long?>(c => c.PositionAsync("telegram", ct));
        await Same<IUpdateLedger, bool>(u => u.TryBeginAsync("telegram:42", T0, ct));
        await Same<IJobRuns, bool>(j => j.WasDoneAsync("weekly:2026-W49", ct));
        await Same<IConsents, string>(async c => string.Join(";", await c.OfChatAsync(Mother, ct)) + string.Join(";", await c.OfChatAsync(Father, ct)));
        await Same<IAccessLog, string>(async a => string.Join(";", await a.OfStudentAsync(hs1, T0.AddDays(-1), ct)));
        await Same<IErasureRequests, string>(async e => string.Join(";", await e.AllAsync(ct)));
        await Same<ITalkThreads, string>(async t => string.Join(";", await t.ThreadAsync(hs1, "GV01", 10, ct)) + string.Join(";", await t.LatestAsync(null, 10, ct))
            + await t.LastReceivedAsync("GV01", ct) + await t.MuteOfAsync(hs1, "GV01", ct) + await t.OfficeHoursOfAsync("GV01", ct));
        await Same<IPolls, string>(async p => string.Join(";", (await p.LatestAsync(null, 10, ct)).Select(Show))
            + string.Join(";", (await p.FindByPrefixAsync("5b1d9e84", ct)).Select(Show))
            + string.Join(";", (await p.AnswersAsync((await p.LatestAsync(null, 10, ct))[^1].Id, ct)).OrderBy(a => a.Student.Value, StringComparer.Ordinal)));
        await Same<IRecordStamps, string>(async s => string.Join(";", (await s.OfAsync(hs1, ct)).OrderBy(k => k.Key)));
        await Same<Domain.Schools.ISchools, string>(async s => string.Join(";", (await s.AllAsync(ct)).Select(x => $"{x} {x.ClosedTermsText}")));
    }

    [Fact]
    public async Task ALeasedMessage_ComesFreeForAnySender()
    {
        await Server.ImportAsync(Lite.ExportAsync(CancellationToken.None), CancellationToken.None);
        var outbox = _server.GetRequiredService<IOutbox>();

        var copied = await outbox.FindAsync("weekly:y", CancellationToken.None);
        var leased = await outbox.LeaseAsync(10, T0.AddMinutes(11), TimeSpan.FromMinutes(5), "bot-2", CancellationToken.None);

        Assert.NotNull((await _lite.GetRequiredService<IOutbox>().FindAsync("weekly:y", CancellationToken.None))?.LeaseUntil);
        Assert.Equal((OutboxStatus.Pending, 1, null, null), (copied!.Status, copied.Attempts, copied.LeaseUntil, copied.LeasedBy));
        Assert.Equal(["weekly:y"], leased.Select(m => m.Id));
    }

    [Fact]
    public async Task ASecondImport_IsRefused_BeforeReadingAnything_AndChangesNothing()
    {
        await Server.ImportAsync(Lite.ExportAsync(CancellationToken.None), CancellationToken.None);
        var before = (await ExportAsync(Server)).Values.SelectMany(rows => rows.Select(EveryKindStore.Show)).ToList();

        var outcome = await Server.ImportAsync(Throwing(), CancellationToken.None);

        Assert.True(outcome.Refused);
        Assert.Equal(3, outcome.Counts[StoreKind.Students]);
        Assert.Equal(8, outcome.Counts[StoreKind.Outbox]);
        Assert.Equal(before, (await ExportAsync(Server)).Values.SelectMany(rows => rows.Select(EveryKindStore.Show)).ToList());
    }

    [Fact]
    public async Task AnImportCutShort_LeavesTheDatabaseEmpty()
    {
        await Assert.ThrowsAsync<IOException>(() => Server.ImportAsync(CutShort(Lite.ExportAsync(CancellationToken.None)), CancellationToken.None));

        Assert.All((await ExportAsync(Server)).Values, rows => Assert.Empty(rows));
        Assert.False((await Server.ImportAsync(Lite.ExportAsync(CancellationToken.None), CancellationToken.None)).Refused);
    }

    private async Task Same<TPort, TResult>(Func<TPort, Task<TResult>> ask) where TPort : notnull
    {
        var expected = await ask(_lite.GetRequiredService<TPort>());
        var actual = await ask(_server.GetRequiredService<TPort>());
        Assert.Equal(expected, actual);
    }

    private static async Task<string> Show<T>(Task<IReadOnlyList<T>> list) => string.Join(";", await list);

    private static string Show(IReadOnlyList<LeaveRequest> requests) =>
        string.Join(";", requests.Select(r => $"{r with { Sessions = [] }} {string.Join(",", r.Sessions)}"));

    private static string Show(IReadOnlyList<Notice> notices) => string.Join(";", notices);

    /// <summary>A poll with its options written out: records compare and show a list by its type.</summary>
    private static string Show(Poll poll) => $"{poll with { Options = [] }} {string.Join(",", poll.Options)}";

    /// <summary>The message without its lease, which the copy drops on purpose.</summary>
    private static string Without(OutboxMessage? message) => $"{message! with { LeaseUntil = null, LeasedBy = null }}";

#pragma warning disable CS1998 // an async iterator that throws before its first item
    private static async IAsyncEnumerable<StoreChunk> Throwing()
    {
        throw new InvalidOperationException("a refused import must not read the source");
#pragma warning disable CS0162
        yield break;
#pragma warning restore CS0162
    }
#pragma warning restore CS1998

    private static async IAsyncEnumerable<StoreChunk> CutShort(IAsyncEnumerable<StoreChunk> chunks)
    {
        var taken = 0;
        await foreach (var chunk in chunks)
        {
            if (++taken > 5) throw new IOException("the source went away");
            yield return chunk;
        }
    }
}
