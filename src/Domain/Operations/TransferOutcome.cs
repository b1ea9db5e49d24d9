namespace SoLienLac.Domain.Operations;

/// <summary>
/// What an import did: the rows written a kind, or — when the target already held records — nothing
/// written, <see cref="Refused"/>, and the kinds it found with their counts.
/// </summary>
public sealed record TransferOutcome(bool Refused, IReadOnlyDictionary<StoreKind, long> Counts)
{
    public static TransferOutcome Copied(IReadOnlyDictionary<StoreKind, long> counts) => new(false, counts);

    public static TransferOutcome NotEmpty(IReadOnlyDictionary<StoreKind, long> found) => new(true, found);
}
