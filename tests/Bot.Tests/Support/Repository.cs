namespace SoLienLac.Bot.Tests.Support;

/// <summary>Finds files of the repository (samples/, appsettings.json) from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SoLienLac.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("SoLienLac.sln not found above " + AppContext.BaseDirectory);
    }
}
