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
using SoLienLac.Domain.Schools;
using SoLienLac.Domain.Settings;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Storage.LiteDb;

public static class LiteDbStorageServiceCollectionExtensions
{
    /// <summary>
    /// The embedded store: one LiteDB file, one process (the verbs hand themselves to the running bot),
    /// and every port of the domain over it. The file is opened when first needed.
    /// </summary>
    /// <param name="databasePath">Where the file is, from the configuration.</param>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services, Func<IServiceProvider, string> databasePath)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        services.AddSingleton(sp => SchoolDatabase.Open(databasePath(sp)));
        services.AddSingleton<IStudentDirectory, LiteDbStudentDirectory>();
        services.AddSingleton<ITeacherDirectory, LiteDbTeacherDirectory>();
        services.AddSingleton<IGradeBook, LiteDbGradeBook>();
        services.AddSingleton<IAttendanceBook, LiteDbAttendanceBook>();
        services.AddSingleton<IConductBook, LiteDbConductBook>();
        services.AddSingleton<IAuditLog, LiteDbAuditLog>();
        services.AddSingleton<ISchoolRecords, LiteDbSchoolRecords>();
        services.AddSingleton<IChatLinks, LiteDbChatLinks>();
        services.AddSingleton<IActivationCodes, LiteDbActivationCodes>();
        services.AddSingleton<IVerificationAttempts, LiteDbVerificationAttempts>();
        services.AddSingleton<INoticeBoard, LiteDbNoticeBoard>();
        services.AddSingleton<ILeaveRequests, LiteDbLeaveRequests>();
        services.AddSingleton<IChannelCursors, LiteDbChannelCursors>();
        services.AddSingleton<IUpdateLedger, LiteDbUpdateLedger>();
        services.AddSingleton<IJobRuns, LiteDbJobRuns>();
        services.AddSingleton<IInstances, LiteDbInstances>();
        services.AddSingleton<IStoreBackup, LiteDbStoreBackup>();
        services.AddSingleton<IStoreTransfer, LiteDbStoreTransfer>();
        services.AddSingleton<IStandingChoices, LiteDbStandingChoices>();
        services.AddSingleton<IPendingFiles, LiteDbPendingFiles>();
        services.AddSingleton<IParentSettings, LiteDbParentSettings>();
        services.AddSingleton<IChatStore, LiteDbChatStore>();
        services.AddSingleton<IOutbox, LiteDbOutbox>();
        services.AddSingleton<IConsents, LiteDbConsents>();
        services.AddSingleton<IAccessLog, LiteDbAccessLog>();
        services.AddSingleton<IRetention, LiteDbRetention>();
        services.AddSingleton<IErasureRequests, LiteDbErasureRequests>();
        services.AddSingleton<ISenderLease, LiteDbSenderLease>();
        services.AddSingleton<IChatTurns, LiteDbChatTurns>();
        services.AddSingleton<ISchools, LiteDbSchools>();
        services.AddSingleton<IPersonalData, LiteDbPersonalData>();
        services.AddSingleton<ITalkThreads, LiteDbTalkThreads>();
        services.AddSingleton<IPolls, LiteDbPolls>();
        services.AddSingleton<IRecordStamps, LiteDbRecordStamps>();
        return services;
    }
}
