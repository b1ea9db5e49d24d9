namespace SoLienLac.Bench.Harness;

/// <summary>The state of a run that needs no preparation.</summary>
internal sealed class Nothing : IDisposable
{
    public static readonly Nothing Instance = new();

    private Nothing()
    {
    }

    public void Dispose()
    {
    }
}
