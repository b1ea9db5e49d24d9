namespace SoLienLac.Bot.Delivery;

/// <summary>The <c>Instance</c> section: this process among those serving the store.</summary>
public sealed class InstanceOptions
{
    public const string Section = "Instance";

    /// <summary>The name in leases, logs and <c>status</c>; the host name and process id when not set.</summary>
    public string? Name { get; set; }

    /// <summary>How often the process tells the store it is alive.</summary>
    public TimeSpan BeatEvery { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>After how long without a beat another process is taken for stopped and its leases go back to the queue.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromSeconds(30);
}
