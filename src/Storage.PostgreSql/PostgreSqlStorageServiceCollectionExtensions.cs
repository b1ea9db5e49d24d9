using SoLienLac.Domain.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
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
using SoLienLac.Domain.Schools;
using SoLienLac.Domain.Settings;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Storage.PostgreSql;

public static class PostgreSqlStorageServiceCollectionExtensions
{
    /// <summary>What a process keeps of parents' reads unless told otherwise (<c>Storage:ReadCacheEntries</c>).</summary>
    public const int DefaultReadCacheEntries = 20_000;

    /// <summary>
    /// The server store: one PostgreSQL database that many processes share, and the domain's ports
    /// that exist (records, links, audit, delivery, chats, settings, operations, verification, leave
    /// requests, notices). The schema is created or brought up to date before the first command; a
    /// newer one is refused.
    /// </summary>
    /// <param name="connectionString">The Npgsql connection string, from the configuration.</param>
    /// <param name="readCacheEntries">
    /// How many answers of the reads parents make most this process may keep (0: none; by default
    /// <see cref="DefaultReadCacheEntries"/>), each forgotten as soon as the database reports a change to it (decision 0015).
    /// </param>
    public static IServiceCollection AddPostgreSqlStorage(this IServiceCollection services, Func<IServiceProvider, string> connectionString,
        Func<IServiceProvider, int>? readCacheEntries = null)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        services.AddSingleton(sp => NpgsqlDataSource.Create(Prepared(new NpgsqlConnectionStringBuilder(connectionString(sp)))));
        services.AddSingleton(sp => new PostgreSqlDatabase(sp.GetRequiredService<NpgsqlDataSource>(), Schema.Known, Bookkeeping(connectionString(sp)),
            readCacheEntries?.Invoke(sp) ?? DefaultReadCacheEntries));
        services.AddSingleton<IOutbox, PostgreSqlOutbox>();
        services.AddSingleton<IChatStore, PostgreSqlChatStore>();
        services.AddSingleton<IParentSettings, PostgreSqlParentSettings>();
        services.AddSingleton<IPendingFiles, PostgreSqlPendingFiles>();
        services.AddSingleton<IStandingChoices, PostgreSqlStandingChoices>();
        services.AddSingleton<IChannelCursors, PostgreSqlChannelCursors>();
        services.AddSingleton<IUpdateLedger, PostgreSqlUpdateLedger>();
        services.AddSingleton<IJobRuns, PostgreSqlJobRuns>();
        services.AddSingleton<IInstances, PostgreSqlInstances>();
        services.AddSingleton<IStoreBackup, PostgreSqlStoreBackup>();
        services.AddSingleton<IStoreTransfer, PostgreSqlStoreTransfer>();
        services.AddSingleton<IStudentDirectory, PostgreSqlStudentDirectory>();
        services.AddSingleton<ITeacherDirectory, PostgreSqlTeacherDirectory>();
        services.AddSingleton<IGradeBook, PostgreSqlGradeBook>();
        services.AddSingleton<IAttendanceBook, PostgreSqlAttendanceBook>();
        services.AddSingleton<IConductBook, PostgreSqlConductBook>();
        services.AddSingleton<IAuditLog, PostgreSqlAuditLog>();
        services.AddSingleton<ISchoolRecords, PostgreSqlSchoolRecords>();
        services.AddSingleton<IChatLinks, PostgreSqlChatLinks>();
        services.AddSingleton<IActivationCodes, PostgreSqlActivationCodes>();
        services.AddSingleton<IVerificationAttempts, PostgreSqlVerificationAttempts>();
        services.AddSingleton<ILeaveRequests, PostgreSqlLeaveRequests>();
        services.AddSingleton<INoticeBoard, PostgreSqlNoticeBoard>();
        services.AddSingleton<IConsents, PostgreSqlConsents>();
        services.AddSingleton<IAccessLog, PostgreSqlAccessLog>();
        services.AddSingleton<IRetention, PostgreSqlRetention>();
        services.AddSingleton<IErasureRequests, PostgreSqlErasureRequests>();
        services.AddSingleton<ISenderLease, PostgreSqlSenderLease>();
        services.AddSingleton<IChatTurns, PostgreSqlChatTurns>();
        services.AddSingleton<ISchools, PostgreSqlSchools>();
        services.AddSingleton<IPersonalData, PostgreSqlPersonalData>();
        services.AddSingleton<ITalkThreads, PostgreSqlTalkThreads>();
        services.AddSingleton<IPolls, PostgreSqlPolls>();
        services.AddSingleton<IRecordStamps, PostgreSqlRecordStamps>();
        return services;
    }

    /// <summary>
    /// The bot's statements are a few dozen texts run again and again: prepared on each connection after
    /// their second use, the server parses and plans them once, not once a question. An operator's own
    /// <c>Max Auto Prepare</c> in the connection string is kept.
    /// </summary>
    private static NpgsqlConnectionStringBuilder Prepared(NpgsqlConnectionStringBuilder builder)
    {
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 100;
            builder.AutoPrepareMinUsages = 2;
        }
        return builder;
    }

    /// <summary>The sender's own pool, its commits not waiting for the disk (<see cref="PostgreSqlDatabase.BookkeepingCommandAsync"/>).</summary>
    private static NpgsqlDataSource Bookkeeping(string connectionString)
    {
        var builder = Prepared(new NpgsqlConnectionStringBuilder(connectionString));
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c synchronous_commit=off" : builder.Options + " -c synchronous_commit=off";
        builder.MaxPoolSize = Math.Min(builder.MaxPoolSize, 10);
        return NpgsqlDataSource.Create(builder);
    }
}
