using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SoLienLac.Bot.Storage.LiteDb;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The school's LiteDB file and the domain's ports over it.</summary>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => SchoolDatabase.Open(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath));
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
        services.AddSingleton<Domain.Operations.IChannelCursors, LiteDbChannelCursors>();
        services.AddSingleton<Domain.Operations.IUpdateLedger, LiteDbUpdateLedger>();
        services.AddSingleton<Domain.Operations.IJobRuns, LiteDbJobRuns>();
        services.AddSingleton<Domain.Operations.IStoreBackup, LiteDbStoreBackup>();
        services.AddSingleton<Domain.Chats.IStandingChoices, LiteDbStandingChoices>();
        services.AddSingleton<Domain.Chats.IPendingFiles, LiteDbPendingFiles>();
        services.AddSingleton<Domain.Settings.IParentSettings, LiteDbParentSettings>();
        services.AddSingleton<Domain.Chats.IChatStore, LiteDbChatStore>();
        services.AddSingleton<Domain.Delivery.IOutbox, LiteDbOutbox>();
        services.AddSingleton<ILeaveRequests, LiteDbLeaveRequests>();
        return services;
    }
}
