using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Operations;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Bot.Tests.Cli;

/// <summary><c>migrate --to-postgres</c> on the demo school: the copy answers as the file did, and a full database is refused.</summary>
public sealed class MigrateCommandTests(PostgreSqlDatabaseFixture database) : IClassFixture<PostgreSqlDatabaseFixture>, IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Migrate_TheDemoSchool_PrintsWhatItCopied_AndPostgreSqlAnswersTheSame()
    {
        await database.ClearAsync();
        var cli = new CliRun(DemoDatabase.CopyTo(_dir));
        var lite = new ServiceCollection().AddLiteDbStorage(_ => cli.DatabasePath).BuildServiceProvider();
        var students = await lite.GetRequiredService<IStudentDirectory>().CountStudentsAsync(CancellationToken.None);
        await lite.DisposeAsync();

        var result = await cli.Run("migrate", "--to-postgres", database.ConnectionString);

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.Contains($"Học sinh: {students}\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("Điểm: ", result.Out, StringComparison.Ordinal);
        Assert.Contains("Tin nhắn trong hàng gửi: ", result.Out, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Username", result.Out, StringComparison.Ordinal);
        await using var file = new ServiceCollection().AddLiteDbStorage(_ => cli.DatabasePath).BuildServiceProvider();
        await using var server = database.Open();
        await AnswerTheSameAsync(file, server);
    }

    [Fact]
    public async Task Results_OnTheCopy_AreTheFilesResults()
    {
        await database.ClearAsync();
        var cli = new CliRun(DemoDatabase.CopyTo(_dir));
        Assert.Equal(0, (await cli.Run("migrate", "--to-postgres", database.ConnectionString)).ExitCode);
        var onServer = new CliRun(cli.DatabasePath);
        onServer.Settings["Storage:Provider"] = "PostgreSql";
        onServer.Settings["Storage:ConnectionString"] = database.ConnectionString;

        foreach (var term in new[] { "1", "year" })
        {
            var expected = await cli.Run("results", "--class", "6A", "--term", term, "--format", "json");
            var actual = await onServer.Run("results", "--class", "6A", "--term", term, "--format", "json");
            Assert.Equal(0, expected.ExitCode);
            Assert.Contains("student_code", expected.Out, StringComparison.Ordinal);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task Migrate_IntoADatabaseThatHoldsData_IsRefused_AndChangesNothing()
    {
        await database.ClearAsync();
        var cli = new CliRun(DemoDatabase.CopyTo(_dir));
        Assert.Equal(0, (await cli.Run("migrate", "--to-postgres", database.ConnectionString)).ExitCode);
        var before = await RowsAsync();

        var second = await cli.Run("migrate", "--to-postgres", database.ConnectionString);

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("đã có dữ liệu (Học sinh: ", second.Error, StringComparison.Ordinal);
        Assert.Contains("không chép gì", second.Error, StringComparison.Ordinal);
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task Migrate_WithABadConnectionString_SaysSo_WithoutPrintingIt()
    {
        var cli = new CliRun(DemoDatabase.CopyTo(_dir));

        var result = await cli.Run("migrate", "--to-postgres", "Host=127.0.0.1;Colour=blue;Password=hunter2");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("chuỗi kết nối PostgreSQL không hợp lệ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.Out + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_WithoutTheConnectionString_IsWrongUsage()
    {
        var cli = new CliRun(DemoDatabase.CopyTo(_dir));

        Assert.Equal(2, (await cli.Run("migrate")).ExitCode);
    }

    [Fact]
    public async Task Migrate_WhileTheFileIsHeld_AsksToStopTheBot_AndWritesNothing()
    {
        await database.ClearAsync();
        var cli = new CliRun(DemoDatabase.CopyTo(_dir));
        await using var holder = new ServiceCollection().AddLiteDbStorage(_ => cli.DatabasePath).BuildServiceProvider();
        holder.GetRequiredService<IStoreTransfer>();

        var result = await cli.Run("migrate", "--to-postgres", database.ConnectionString);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("hãy dừng bot rồi chạy lại lệnh migrate", result.Error, StringComparison.Ordinal);
        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task Migrate_ToAServerThatDoesNotAnswer_SaysSo_WithoutThePassword()
    {
        var cli = new CliRun(DemoDatabase.CopyTo(_dir));

        var result = await cli.Run("migrate", "--to-postgres", "Host=127.0.0.1;Port=1;Database=solienlac;Username=x;Password=hunter2;Timeout=3");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Không chuyển được dữ liệu sang PostgreSQL 127.0.0.1:1/solienlac", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.Out + result.Error, StringComparison.Ordinal);
    }

    private async Task<List<string>> RowsAsync()
    {
        await using var server = database.Open();
        var rows = new List<string>();
        await foreach (var chunk in server.GetRequiredService<IStoreTransfer>().ExportAsync(CancellationToken.None))
            rows.AddRange(chunk.Rows.Select(r => $"{chunk.Kind} {string.Join("|", r)}"));
        return rows;
    }

    private static async Task AnswerTheSameAsync(IServiceProvider file, IServiceProvider server)
    {
        var ct = CancellationToken.None;
        async Task Same<TPort>(Func<TPort, Task<string>> ask) where TPort : notnull =>
            Assert.Equal(await ask(file.GetRequiredService<TPort>()), await ask(server.GetRequiredService<TPort>()));

        var classes = await file.GetRequiredService<IStudentDirectory>().ClassesAsync(ct);
        Assert.NotEmpty(classes);
        await Same<IStudentDirectory>(async d => string.Join(";", await d.ClassesAsync(ct)));
        await Same<ITeacherDirectory>(async d => string.Join(";", (await d.AllAsync(ct)).Select(t => $"{t} {string.Join(",", t.Assignments)}")));
        foreach (var className in classes)
        {
            var students = await file.GetRequiredService<IStudentDirectory>().InClassAsync(className, ct);
            await Same<IStudentDirectory>(async d => string.Join(";", await d.InClassAsync(className, ct)));
            foreach (var student in students.Select(s => s.Code))
            {
                await Same<IStudentDirectory>(async d => string.Join(";", await d.GuardiansOfAsync(student, ct)));
                await Same<IGradeBook>(async g => string.Join(";", (await g.MarksOfAsync(student, ct)).Select(m => $"{m.Subject.Name} {m}")));
                await Same<IAttendanceBook>(async a => string.Join(";", await a.AbsencesOfAsync(student, ct)));
                await Same<IConductBook>(async c => string.Join(";", await c.LevelsOfAsync(student, ct)) + string.Join(";", await c.RemarksOfAsync(student, ct)));
                await Same<IChatLinks>(async l => string.Join(";", await l.HistoryOfAsync(student, ct)));
                await Same<ILeaveRequests>(async l => string.Join(";", (await l.OfStudentAsync(student, ct)).Select(r => $"{r with { Sessions = [] }} {string.Join(",", r.Sessions)}")));
                await Same<INoticeBoard>(async n => string.Join(";", (await n.AcknowledgedForAsync(student, ct)).Order()));
                await Same<IActivationCodes>(async c => $"{await c.IssuedForAsync(CodeHolder.Student(student), ct)}");
            }
        }
        await Same<IAuditLog>(async a => string.Join(";", await a.LatestAsync(100, ct)));
        await Same<INoticeBoard>(async n => string.Join(";", await n.LatestAsync(null, 50, ct)));
        await Same<IOutbox>(async o => string.Join(";", (await o.CountsAsync(ct)).OrderBy(c => c.Key)));
    }
}
