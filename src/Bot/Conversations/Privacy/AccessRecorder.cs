using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Privacy;

/// <summary>
/// Notes each read of a student's records for the access log. A person, student and kind is noted
/// once an hour in memory, and the new lines are written together every <see cref="FlushEvery"/> and
/// when the bot stops — a parent's tenth question of the hour costs the store nothing. A bot killed
/// loses at most the last two seconds' new lines.
/// </summary>
public sealed class AccessRecorder(IAccessLog log, TimeProvider clock, ILogger<AccessRecorder> logger) : BackgroundService
{
    public static readonly TimeSpan FlushEvery = TimeSpan.FromSeconds(2);

    private readonly Lock _lock = new();
    private readonly HashSet<string> _noted = new(StringComparer.Ordinal);
    private DateTimeOffset _hour;
    private List<AccessEntry> _pending = [];

    public void Saw(StudentCode student, string who, string name, AccessRole role, string channel, string what)
    {
        var entry = new AccessEntry(student, who, name, role, channel, what, AccessEntry.HourOf(clock.GetUtcNow()));
        lock (_lock)
        {
            if (entry.Hour != _hour)
            {
                _hour = entry.Hour;
                _noted.Clear();
            }
            if (_noted.Add(entry.Key)) _pending.Add(entry);
        }
    }

    /// <summary>Writes the lines noted since the last write.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        List<AccessEntry> batch;
        lock (_lock) (batch, _pending) = (_pending, []);
        if (batch.Count == 0) return;
        try
        {
            await log.RecordAsync(batch, cancellationToken);
        }
        catch
        {
            // Kept for the next write: the store refused this one (busy, unreachable).
            lock (_lock) _pending.InsertRange(0, batch);
            throw;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(FlushEvery, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            try
            {
                await FlushAsync(CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogError(e, "The access log could not be written; trying again shortly");
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(CancellationToken.None);
    }
}
