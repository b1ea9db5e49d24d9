using System.Globalization;
using SoLienLac.Domain.Guardians;

namespace SoLienLac.Bot.Demo;

/// <summary>
/// Vietnamese mobile numbers that never repeat, with no set of used numbers to keep: every phone
/// has a slot (guardians take slots 3k and 3k+1 for student k, teachers 3k+2), and a slot goes
/// through a keyed permutation of every (prefix, 7 digits) pair, so distinct slots give distinct
/// numbers that still look random.
/// </summary>
internal sealed class DemoPhones
{
    private static readonly string[] Prefixes =
    [
        "090", "091", "093", "094", "096", "097", "098",
        "032", "033", "034", "035", "036", "037", "038", "039",
        "070", "076", "077", "078", "079",
        "081", "082", "083", "084", "085", "086", "088", "089",
    ];

    private const long Subscribers = 10_000_000;
    private const int Bits = 29;
    private const ulong Mask = (1UL << Bits) - 1;

    private static readonly ulong Space = (ulong)Prefixes.Length * Subscribers;

    private readonly ulong _key;

    public DemoPhones(int seed) => _key = (uint)seed & Mask;

    /// <summary>Which guardian: 0 the first (usually Bố), 1 the second (usually Mẹ).</summary>
    public PhoneNumber Guardian(int studentNumber, int which) => At((3UL * (ulong)(studentNumber - 1)) + (ulong)which);

    public PhoneNumber Teacher(int teacherIndex) => At((3UL * (ulong)teacherIndex) + 2);

    private PhoneNumber At(ulong slot)
    {
        // Cycle walking: a bijection of the 2^29 numbers applied until it lands inside the space
        // (2.8 × 10^8 of them) is a bijection of the space.
        var mixed = slot;
        do mixed = Mix(mixed); while (mixed >= Space);
        var prefix = Prefixes[mixed % (ulong)Prefixes.Length];
        var subscriber = mixed / (ulong)Prefixes.Length;
        return PhoneNumber.Parse(prefix + subscriber.ToString("D7", CultureInfo.InvariantCulture));
    }

    /// <summary>Each step (xor with the key or a shift of itself, times an odd number) can be undone.</summary>
    private ulong Mix(ulong x)
    {
        x ^= _key;
        x = (x * 0x2545F491UL) & Mask;
        x ^= x >> 15;
        x = (x * 0x1B873593UL) & Mask;
        x ^= x >> 13;
        x = (x * 0x0CC9E2D51UL) & Mask;
        x ^= x >> 16;
        return x;
    }
}
