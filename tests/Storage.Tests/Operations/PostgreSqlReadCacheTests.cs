using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Chats;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Storage.PostgreSql;
using SoLienLac.Storage.Tests.Support;
using static SoLienLac.Storage.Tests.Records.Records;

namespace SoLienLac.Storage.Tests.Operations;

/// <summary>
/// Each bot process keeps what parents read most (decision 0015): never an old copy. Two stores open on one
/// database stand for two processes; a chat's turn (<see cref="IChatTurns"/>) is where the bot reads.
/// </summary>
public sealed class PostgreSqlReadCacheTests(PostgreSqlDatabaseFixture database) : IClassFixture<PostgreSqlDatabaseFixture>
{
    private static readonly ChatAddress Mother = new("telegram", "5550001");
    private static readonly DateTimeOffset At = new(2026, 12, 4, 8, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task AMarkSavedByAnotherProcess_IsInTheNextTurnsAnswer_WhileUnchangedReadsComeFromMemory()
    {
        await database.ClearAsync();
        await using var one = database.Open();
        await using var other = database.Open();
        var book = await OneMarkAsync(one);

        Assert.Single(await book.MarksOfAsync(Code("HS0001"), default));
        var hits = Reads(one).Counts.Hits;
        Assert.Single(await book.MarksOfAsync(Code("HS0001"), default));
        Assert.Equal(hits + 1, Reads(one).Counts.Hits);

        await SaveAsync(other, c => c.Assessments.Add(Score("HS0001", SubjectCatalog.Toan, Term.I, "tx2", 9m)));
        await using (await one.GetRequiredService<IChatTurns>().TakeAsync(Mother, default))
            Assert.Equal([7m, 9m], (await book.MarksOfAsync(Code("HS0001"), default)).Select(m => m.Mark.Score!.Value.Value));
    }

    [Fact]
    public async Task AChatLinkedInAnotherProcess_HasItsChildInTheNextTurn_AndOneEndedThereHasNone()
    {
        await database.ClearAsync();
        await using var one = database.Open();
        await using var other = database.Open();
        await SaveAsync(one, c => c.Students.Add(Student("HS0001")));
        var links = one.GetRequiredService<IChatLinks>();
        await TrustedAsync(one, () => links.ChildrenOfAsync(Mother, default));
        Assert.Empty(await links.ChildrenOfAsync(Mother, default));

        var link = new ParentLink(Mother, Code("HS0001"), LinkProof.Phone, "0912345678", At, null);
        await other.GetRequiredService<IChatLinks>().SaveAsync(link, default);
        await using (await one.GetRequiredService<IChatTurns>().TakeAsync(Mother, default))
            Assert.Equal([Code("HS0001")], (await links.ChildrenOfAsync(Mother, default)).Select(l => l.Student));

        await other.GetRequiredService<IChatLinks>().SaveAsync(link with { EndedAt = At.AddDays(1) }, default);
        await using (await one.GetRequiredService<IChatTurns>().TakeAsync(Mother, default))
            Assert.Empty(await links.ChildrenOfAsync(Mother, default));
    }

    [Fact]
    public async Task ARowChangedByHandInPsql_IsHeardToo()
    {
        await database.ClearAsync();
        await using var one = database.Open();
        await SaveAsync(one, c => c.Students.Add(Student("HS0001")));
        var students = one.GetRequiredService<IStudentDirectory>();
        await TrustedAsync(one, () => students.FindAsync(Code("HS0001"), default));
        Assert.Equal("Nguyễn Văn HS0001", (await students.FindAsync(Code("HS0001"), default))!.FullName);

        await using (var dataSource = NpgsqlDataSource.Create(database.ConnectionString))
        await using (var update = dataSource.CreateCommand("UPDATE students SET full_name = 'Trần Thị Bình' WHERE code = 'HS0001'"))
            await update.ExecuteNonQueryAsync();
        await using (await one.GetRequiredService<IChatTurns>().TakeAsync(Mother, default))
            Assert.Equal("Trần Thị Bình", (await students.FindAsync(Code("HS0001"), default))!.FullName);
    }

    [Fact]
    public async Task WhenTheListeningConnectionIsCut_AnswersStayRight_AndTheCacheComesBackByItself()
    {
        await database.ClearAsync();
        await using var one = database.Open();
        await using var other = database.Open();
        var book = await OneMarkAsync(one);
        Assert.Single(await book.MarksOfAsync(Code("HS0001"), default));

        // Every listener of the database goes (as when the server restarts or a firewall drops the connection).
        await using (var dataSource = NpgsqlDataSource.Create(database.ConnectionString))
        await using (var cut = dataSource.CreateCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND (query LIKE 'LISTEN%' OR query = 'SELECT 1')"))
            Assert.True((long)(await cut.ExecuteScalarAsync())! >= 1);
        await SaveAsync(other, c => c.Assessments.Add(Score("HS0001", SubjectCatalog.Toan, Term.I, "tx2", 9m)));

        await using (await one.GetRequiredService<IChatTurns>().TakeAsync(Mother, default))
            Assert.Equal(2, (await book.MarksOfAsync(Code("HS0001"), default)).Count);
        await TrustedAsync(one, () => book.MarksOfAsync(Code("HS0001"), default));
        var hits = Reads(one).Counts.Hits;
        Assert.Equal(2, (await book.MarksOfAsync(Code("HS0001"), default)).Count);
        Assert.Equal(2, (await book.MarksOfAsync(Code("HS0001"), default)).Count);
        Assert.True(Reads(one).Counts.Hits > hits);
    }

    [Fact]
    public async Task ItsOwnWrites_AreSeenAtOnce_WithoutATurn()
    {
        await database.ClearAsync();
        await using var one = database.Open();
        await SaveAsync(one, c => c.Students.Add(Student("HS0001")));
        var links = one.GetRequiredService<IChatLinks>();
        await TrustedAsync(one, () => links.ChildrenOfAsync(Mother, default));
        Assert.Empty(await links.ChildrenOfAsync(Mother, default));

        await links.SaveAsync(new ParentLink(Mother, Code("HS0001"), LinkProof.Phone, "0912345678", At, null), default);
        Assert.Single(await links.ChildrenOfAsync(Mother, default));
        var stamps = one.GetRequiredService<IRecordStamps>();
        Assert.Empty(await stamps.OfAsync(Code("HS0001"), default));
        await SaveAsync(one, c =>
        {
            c.At = At;
            c.Assessments.Add(Score("HS0001", SubjectCatalog.Toan, Term.I, "tx1", 7m));
        });
        Assert.Equal(At, (await stamps.OfAsync(Code("HS0001"), default))[RecordKind.Grades]);
    }

    /// <summary>HS0001 with one mark (Toán, tx1, 7), and the store's grade book once its cache listens.</summary>
    private static async Task<IGradeBook> OneMarkAsync(ServiceProvider store)
    {
        await SaveAsync(store, c =>
        {
            c.Students.Add(Student("HS0001"));
            c.Assessments.Add(Score("HS0001", SubjectCatalog.Toan, Term.I, "tx1", 7m));
        });
        var book = store.GetRequiredService<IGradeBook>();
        await TrustedAsync(store, () => book.MarksOfAsync(Code("HS0001"), default));
        return book;
    }

    private static ReadCache Reads(ServiceProvider store) => store.GetRequiredService<PostgreSqlDatabase>().Reads;

    private static Task SaveAsync(ServiceProvider store, Action<ChangeSet> fill) => store.GetRequiredService<ISchoolRecords>().SaveAsync(Changes(fill), default);

    /// <summary>The cache listens from its first read on; until its listener is connected every read goes to the database.</summary>
    private static async Task TrustedAsync<T>(ServiceProvider store, Func<Task<T>> read)
    {
        var waited = Stopwatch.StartNew();
        while (!Reads(store).Trusted)
        {
            await read();
            if (waited.Elapsed > TimeSpan.FromSeconds(10)) Assert.Fail("The read cache did not start listening within 10 s.");
            await Task.Delay(20);
        }
    }
}
