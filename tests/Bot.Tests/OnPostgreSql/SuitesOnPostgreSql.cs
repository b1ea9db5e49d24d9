using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Storage;
using SoLienLac.Bot.Tests.Channels.Telegram;
using SoLienLac.Bot.Tests.Delivery;
using SoLienLac.Bot.Tests.Scheduling;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Bot.Tests.OnPostgreSql;

// The Telegram and Zalo end-to-end suites of parents, teachers and delivery, run again with the bot on
// PostgreSQL (Storage:Provider=PostgreSql, a database of its own per test on the test run's
// throw-away cluster): every assertion of the LiteDB run must hold unchanged.

public sealed class ParentQueryTestsOnPostgreSql : ParentQueryTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}

public sealed class ParentVerificationTestsOnPostgreSql : ParentVerificationTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}

public sealed class TeacherFlowTestsOnPostgreSql : TeacherFlowTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}

public sealed class GradebookFileTestsOnPostgreSql : GradebookFileTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}

public sealed class ClosedTermLeaveTestsOnPostgreSql : ClosedTermLeaveTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}

public sealed class OutboxDeliveryTestsOnPostgreSql : OutboxDeliveryTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}

public sealed class WeeklySummaryTestsOnPostgreSql : WeeklySummaryTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}

public sealed class ZaloConversationTestsOnPostgreSql : Channels.Zalo.ZaloConversationTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}

/// <summary>The bot under these suites really is on PostgreSQL: no file of its own, and what it saves is in the database.</summary>
public sealed class RunsOnPostgreSqlTests : TelegramTestBase
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;

    [Fact]
    public async Task TheBot_KeepsNoFile_AndWhatAParentDoesIsInTheDatabase()
    {
        await VerifyByPhone(4242, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);

        Assert.Null(Bot.Service<IStoreBackup>().FilePath);
        Assert.False(File.Exists(DatabasePath));
        await using var ports = Store.OpenPorts();
        var links = await ports.GetRequiredService<IChatLinks>().ChildrenOfAsync(new ChatAddress("telegram", "4242"), default);
        Assert.Equal(DemoSchool.FirstStudentCode, Assert.Single(links).Student.Value);
    }
}

public sealed class CrashMidFanOutTestsOnPostgreSql : CrashMidFanOutTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}

public sealed class ConsentTestsOnPostgreSql : ConsentTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}

public sealed class AccessLogTestsOnPostgreSql : AccessLogTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}

public sealed class ErasureTestsOnPostgreSql : ErasureTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}

public sealed class TalkWithSchoolTestsOnPostgreSql : TalkWithSchoolTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}

public sealed class PollTestsOnPostgreSql : PollTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}
