using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SoLienLac.Bot.Channels.Telegram;
using SoLienLac.Bot.Channels.Zalo;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Bot.Delivery;

/// <summary>
/// Elects the one process that sends for the bot's tokens (<see cref="ISenderLease"/>): each process asks
/// for the lease every third of <see cref="DeliveryOptions.SenderLease"/>; the holder renews it, the others
/// wait and take it once it runs out (its process died) or is given back (a clean stop). A process counts
/// itself the sender only until its lease would run out by its own clock, measured from before it asked,
/// so two processes never both send — the platforms' per-token limit is never exceeded in total.
/// </summary>
public sealed class SenderElection(ISenderLease lease, Instance instance, OutboxSignal signal, IOptions<DeliveryOptions> delivery,
    IOptions<TelegramOptions> telegram, IOptions<ZaloOptions> zalo, ILogger<SenderElection> logger) : BackgroundService
{
    private long _validUntil;

    /// <summary>The tokens the lease is for, named by a hash: never the tokens themselves.</summary>
    public string Key { get; } = KeyOf(telegram.Value.BotToken, zalo.Value.BotToken);

    /// <summary>Whether this process may send now.</summary>
    public bool IsSender => Stopwatch.GetTimestamp() < Volatile.Read(ref _validUntil);

    public static string KeyOf(string? telegramToken, string? zaloToken)
    {
        var tokens = $"telegram:{telegramToken}|zalo:{zaloToken}";
        return "sender:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tokens)))[..16];
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var length = delivery.Value.SenderLease;
        while (!stoppingToken.IsCancellationRequested)
        {
            var asked = Stopwatch.GetTimestamp();
            var was = IsSender;
            try
            {
                var held = await lease.HoldAsync(Key, instance.Name, length, stoppingToken);
                // Counted from before the question, less a margin: the store's lease outlives ours.
                Volatile.Write(ref _validUntil, held ? asked + (long)((length * 0.8).TotalSeconds * Stopwatch.Frequency) : 0);
                if (held && !was)
                {
                    logger.LogInformation("This process ({Instance}) is now the sender", instance.Name);
                    signal.Raise();
                }
                else if (!held && was)
                {
                    logger.LogWarning("This process ({Instance}) is no longer the sender", instance.Name);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store cannot be reached: our lease is as good as it was; once it would have run out we stop sending.
                logger.LogWarning(e, "The sender's lease could not be renewed");
            }
            await Task.Delay(length / 3, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (Interlocked.Exchange(ref _validUntil, 0) == 0) return;
        try
        {
            await lease.ReleaseAsync(Key, instance.Name, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The sender's lease could not be given back; another process takes it when it runs out");
        }
    }
}
