using SoLienLac.Domain.Links;

namespace SoLienLac.Domain.Privacy;

/// <summary>Parents' erasure requests, kept as the school's record of having handled them.</summary>
public interface IErasureRequests
{
    /// <summary>Adds the request or saves over it (its status, once done).</summary>
    Task SaveAsync(ErasureRequest request, CancellationToken cancellationToken);

    Task<ErasureRequest?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every request, newest first.</summary>
    Task<IReadOnlyList<ErasureRequest>> AllAsync(CancellationToken cancellationToken);
}

/// <summary>A parent's own data, erased on request.</summary>
public interface IPersonalData
{
    /// <summary>
    /// Deletes everything kept about the chat — its links (ended or not), settings, state, consents,
    /// standing choices, kept files, outbox messages, failed verification attempts, leave requests,
    /// acknowledgements, the messages it wrote to teachers and the access log's lines naming it — and
    /// writes <see cref="ErasureRequest.Erased"/> where the school's records name the chat: the audit,
    /// the activation code it used, the teachers' messages that answered it, and its answers to polls
    /// (a child's answer to a permission slip is the school's record; it stays, by nobody named). One
    /// transaction. The school's roster (the guardian's name and phone as the school listed them) stays.
    /// Returns how many records were deleted or rewritten.
    /// </summary>
    /// <param name="keepCorrespondence">
    /// An admin recorded a lawful reason to keep it (<see cref="ErasureRequest.KeptReason"/>): the messages the
    /// chat wrote to teachers and its leave requests stay, their chat rewritten to <see cref="ErasureRequest.Erased"/>.
    /// </param>
    Task<int> EraseChatAsync(ChatAddress chat, bool keepCorrespondence, CancellationToken cancellationToken);
}
