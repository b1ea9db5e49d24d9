namespace SoLienLac.Bot.Scheduling;

/// <summary>The <c>Backup</c> section: a copy of the database every night, the last few kept.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Where the nightly copies go (another disk, ideally); empty: no nightly copy.</summary>
    public string? Folder { get; set; }

    /// <summary>How many nightly copies are kept; older ones are deleted.</summary>
    public int Keep { get; set; } = 14;

    /// <summary>Quartz cron, in the school's time zone: 02:30 every night by default.</summary>
    public string Cron { get; set; } = "0 30 2 * * ?";
}
