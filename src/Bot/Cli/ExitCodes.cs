namespace SoLienLac.Bot.Cli;

/// <summary>The exit codes of every verb (CONTRACTS: 0 success, 1 bad input, 2 wrong usage).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int BadInput = 1;
    public const int WrongUsage = 2;

    /// <summary>The database is open in another process, or the configuration is wrong: nothing was done.</summary>
    public const int CannotRun = 3;
}
