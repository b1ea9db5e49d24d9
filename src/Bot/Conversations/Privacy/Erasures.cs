using SoLienLac.Domain.Links;
using SoLienLac.Domain.Privacy;

namespace SoLienLac.Bot.Conversations.Privacy;

/// <summary>Carries out an erasure request: the chat's data erased, then the request kept without naming the chat.</summary>
public sealed class Erasures(IErasureRequests requests, IPersonalData data, AccessRecorder access, TimeProvider clock)
{
    public async Task<ErasureRequest> CarryOutAsync(ErasureRequest request, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The access log's lines noted but not yet written name the chat too: written first, then erased with the rest.
        await access.FlushAsync(cancellationToken);
        var records = await data.EraseChatAsync(ChatAddress.Parse(request.Chat), request.KeptReason is not null, cancellationToken);
        var done = request with { Chat = ErasureRequest.Erased, Status = ErasureStatus.Done, DoneAt = clock.GetUtcNow(), DoneBy = by, Records = records };
        await requests.SaveAsync(done, cancellationToken);
        return done;
    }

    /// <summary>
    /// Those whose deadline comes before the next night's clean-up, carried out by the bot itself (so
    /// never after the deadline the parent was given); returns how many.
    /// </summary>
    public async Task<int> CarryOutOverdueAsync(CancellationToken cancellationToken)
    {
        var beforeNextNight = clock.GetUtcNow() + TimeSpan.FromDays(1);
        var overdue = (await requests.AllAsync(cancellationToken)).Where(r => r.Status == ErasureStatus.Pending && r.Deadline <= beforeNextNight).ToList();
        foreach (var request in overdue) await CarryOutAsync(request, "hạn", cancellationToken);
        return overdue.Count;
    }
}
