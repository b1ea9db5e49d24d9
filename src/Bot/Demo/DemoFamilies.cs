using SoLienLac.Domain.Guardians;

namespace SoLienLac.Bot.Demo;

/// <summary>
/// A demo student's guardians: usually Bố and Mẹ (the father shares the child's family name), some
/// a single guardian, and about 3 % with no phone on record, who link with an activation code.
/// </summary>
internal static class DemoFamilies
{
    public const string Father = "Bố";
    public const string Mother = "Mẹ";

    public static IReadOnlyList<Guardian> Draw(Random random, DemoProfile student, DemoPhones phones)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(phones);
        var code = student.Code;
        var father = DemoNameMaker.FullName(random, male: true, student.FamilyName);
        var mother = DemoNameMaker.FullName(random, male: false);
        // HS0001 is the documented demo student: always both parents, each with a phone.
        var roll = student.Number == 1 ? 1.0 : random.NextDouble();

        if (roll < 0.015)
            return [Guardian.Of(code, father, null, Father), Guardian.Of(code, mother, null, Mother)];
        if (roll < 0.03)
            return [Guardian.Of(code, DemoNameMaker.FullName(random, male: false), null, "Bà")];
        if (roll < 0.10)
            return [Guardian.Of(code, mother, phones.Guardian(student.Number, 1), Mother)];
        if (roll < 0.13)
            return [Guardian.Of(code, father, phones.Guardian(student.Number, 0), Father)];
        if (roll < 0.15)
        {
            var grandfather = random.Chance(0.5);
            var name = grandfather ? DemoNameMaker.FullName(random, male: true, student.FamilyName) : DemoNameMaker.FullName(random, male: false);
            return [Guardian.Of(code, name, phones.Guardian(student.Number, 0), grandfather ? "Ông" : "Bà")];
        }
        return
        [
            Guardian.Of(code, father, phones.Guardian(student.Number, 0), Father),
            Guardian.Of(code, mother, phones.Guardian(student.Number, 1), Mother),
        ];
    }
}
