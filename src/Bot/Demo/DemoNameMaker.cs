namespace SoLienLac.Bot.Demo;

/// <summary>Makes full names: family name, middle name and given name, fitting the gender.</summary>
internal static class DemoNameMaker
{
    private static readonly int[] CumulativeWeights = Accumulate();

    public static string FamilyName(Random random)
    {
        var draw = random.Next(CumulativeWeights[^1]);
        var index = Array.BinarySearch(CumulativeWeights, draw + 1);
        return DemoNames.FamilyNames[index >= 0 ? index : ~index].Name;
    }

    public static string FullName(Random random, bool male, string? familyName = null)
    {
        var family = familyName ?? FamilyName(random);
        var middle = random.Pick(male ? DemoNames.MaleMiddleNames : DemoNames.FemaleMiddleNames);
        var given = random.Pick(male ? DemoNames.MaleGivenNames : DemoNames.FemaleGivenNames);
        while (given == middle || given == family)
            given = random.Pick(male ? DemoNames.MaleGivenNames : DemoNames.FemaleGivenNames);
        return $"{family} {middle} {given}";
    }

    private static int[] Accumulate()
    {
        var sums = new int[DemoNames.FamilyNames.Length];
        var total = 0;
        for (var i = 0; i < sums.Length; i++)
        {
            total += DemoNames.FamilyNames[i].Weight;
            sums[i] = total;
        }
        return sums;
    }
}
