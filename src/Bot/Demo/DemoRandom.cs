namespace SoLienLac.Bot.Demo;

/// <summary>
/// Seeded randomness for the demo. Each student and each teacher gets a <see cref="Random"/> of
/// their own, seeded from the demo seed and their number, so any slice of the school can be built
/// on its own and still come out exactly the same.
/// </summary>
internal static class DemoRandom
{
    public const int StudentStream = 1;
    public const int TeacherStream = 2;

    /// <summary>SplitMix64, a fixed mix: <see cref="HashCode"/> would change with every process.</summary>
    public static Random For(int seed, int stream, long index)
    {
        unchecked
        {
            var x = ((ulong)(uint)seed << 32) ^ ((ulong)stream << 56) ^ (ulong)index;
            x += 0x9E3779B97F4A7C15UL;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            x ^= x >> 31;
            return new Random((int)x);
        }
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>
    /// A near-normal draw (mean 0, deviation 1) for abilities and scores that bunch around a mean:
    /// the sum of twelve uniform draws less six. Only additions, so every platform gets the same
    /// bits, which Math.Log and Math.Cos do not promise.
    /// </summary>
    public static double NextNormal(this Random random)
    {
        var sum = 0.0;
        for (var i = 0; i < 12; i++) sum += random.NextDouble();
        return sum - 6.0;
    }

    public static Guid NextGuid(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
