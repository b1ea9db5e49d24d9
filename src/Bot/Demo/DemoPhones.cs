using System.Globalization;
using SoLienLac.Domain.Guardians;

namespace SoLienLac.Bot.Demo;

/// <summary>
/// Phone numbers for the demo school's people that never repeat and can never be real: all in the
/// range kept for the demo (<see cref="PhoneNumber.IsReservedForDemo"/>, ten digits beginning 01),
/// so nobody can verify as a demo person on Telegram or Zalo, and a school's file may not carry one.
/// No set of used numbers is kept: every phone has a slot (guardians take slots 3k and 3k+1 for
/// student k, teachers 3k+2), and a slot goes through a keyed permutation of the range's 10^8
/// numbers, so distinct slots give distinct numbers that still look random.
/// </summary>
internal sealed class DemoPhones
{
    private const ulong Space = 100_000_000;
    private const int Bits = 27;
    private const ulong Mask = (1UL << Bits) - 1;

    private readonly ulong _key;

    public DemoPhones(int seed) => _key = (uint)seed & Mask;

    /// <summary>Which guardian: 0 the first (usually Bố), 1 the second (usually Mẹ).</summary>
    public PhoneNumber Guardian(int studentNumber, int which) => At((3UL * (ulong)(studentNumber - 1)) + (ulong)which);

    public PhoneNumber Teacher(int teacherIndex) => At((3UL * (ulong)teacherIndex) + 2);

    private PhoneNumber At(ulong slot)
    {
        // Cycle walking: a bijection of the 2^27 numbers applied until it lands inside the range
        // (10^8 of them) is a bijection of the range.
        var mixed = slot;
        do mixed = Mix(mixed); while (mixed >= Space);
        return PhoneNumber.Parse("01" + mixed.ToString("D8", CultureInfo.InvariantCulture));
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
