namespace SoLienLac.Domain.Operations;

/// <summary>
/// Some records of one kind, each a row of values in the order of <see cref="StoreRows.FieldsOf"/>.
/// Enums are the names the stores write (<c>Pending</c>, <c>studying</c>, <c>Tốt</c>); ids and
/// instants are kept as they are, so a store filled from them answers as the one they came from.
/// </summary>
public sealed record StoreChunk(StoreKind Kind, IReadOnlyList<IReadOnlyList<object?>> Rows);
