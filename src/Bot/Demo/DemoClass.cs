using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Demo;

/// <summary>One class of the demo school and the student numbers it holds (HS{FirstNumber} onwards).</summary>
internal sealed record DemoClass(int Index, int IndexInGrade, ClassName Name, int FirstNumber, int Size)
{
    public int Grade => Name.Grade;

    public int LastNumber => FirstNumber + Size - 1;
}
