using Microsoft.Extensions.Options;

namespace SoLienLac.Bot.Delivery;

/// <summary>This process as the store knows it: its name (<c>Instance:Name</c>) and when it started.</summary>
public sealed class Instance(IOptions<InstanceOptions> options, TimeProvider clock)
{
    public string Name { get; } = string.IsNullOrWhiteSpace(options.Value.Name)
        ? $"{Environment.MachineName}-{Environment.ProcessId}"
        : options.Value.Name.Trim();

    public DateTimeOffset StartedAt { get; } = clock.GetUtcNow();
}
