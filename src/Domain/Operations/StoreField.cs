namespace SoLienLac.Domain.Operations;

/// <summary>
/// One field of a transferred row: its name and the neutral type of its value — <see cref="string"/>,
/// <see cref="bool"/>, <see cref="int"/>, <see cref="long"/>, <see cref="decimal"/>, <see cref="Guid"/>,
/// <see cref="DateOnly"/>, <see cref="TimeOnly"/>, <see cref="DateTimeOffset"/> (always UTC),
/// <see cref="byte"/>[], or an array of <see cref="DateOnly"/> or <see cref="string"/>. A null value is
/// allowed only where <see cref="Nullable"/>.
/// </summary>
public sealed record StoreField(string Name, Type Type, bool Nullable = false);
