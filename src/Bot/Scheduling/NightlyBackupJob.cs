using System.Globalization;
using SoLienLac.Files;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using SoLienLac.Bot.School;
using SoLienLac.Bot.Storage;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Bot.Scheduling;

/// <summary>
/// Every night, a consistent copy of the database into <c>Backup:Folder</c>
/// (<c>solienlac-nightly-2026-11-23.db</c>, by the school's date; copies made by hand with other names are left alone), made while the bot keeps serving; only the
/// newest <c>Backup:Keep</c> copies are kept. A copy that fails is logged and tried again the next night.
/// </summary>
[DisallowConcurrentExecution]
public sealed class NightlyBackupJob(IStoreBackup store, SchoolCalendar calendar, IOptions<BackupOptions> options, ILogger<NightlyBackupJob> logger) : IJob
{
    public static readonly JobKey Key = new("nightly-backup");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Folder) || store.FilePath is not { } source) return;
        var name = Path.GetFileNameWithoutExtension(source);
        var target = Path.Combine(settings.Folder, $"{name}-nightly-{calendar.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.db");
        try
        {
            PrivateFiles.CreateDirectory(settings.Folder);
            var bytes = await store.CopyToAsync(target, cancellationToken);
            var old = CopiesIn(settings.Folder, source).Skip(settings.Keep).ToList();
            old.ForEach(File.Delete);
            logger.LogInformation("Backup {Target} written ({Bytes} bytes); {Removed} older copies removed", target, bytes, old.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever went wrong (a full disk, a folder not allowed, the store), the bot goes on serving.
            logger.LogError(e, "Nightly backup to {Target} failed; it is tried again next night", target);
        }
    }

    /// <summary>The nightly copies of that database in the folder, newest first (yyyy-MM-dd sorts by date).</summary>
    public static IEnumerable<string> CopiesIn(string folder, string databasePath) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, $"{Path.GetFileNameWithoutExtension(databasePath)}-nightly-????-??-??.db").OrderDescending(StringComparer.Ordinal)
            : [];
}
