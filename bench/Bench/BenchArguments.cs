using System.Globalization;
using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Stores;

namespace SoLienLac.Bench;

/// <summary>The benchmark's command line: a scenario name and a few optional overrides.</summary>
internal sealed record BenchArguments(string Scenario, int? Runs, int? WarmUps, int? Students, string? Database)
{
    public const string Usage =
        "usage: dotnet run -c Release --project bench/Bench -- import-scores|results-year|teacher-batch|lookups|query|all " +
        "[--runs N] [--warmups N] [--students N (lookups, query)] [--db PATH (lookups, query: reuse or keep the big store)]" +
        " | weekly-compose [--db PATH] | sender-rate [--seconds N] [--rate N] [--limit N] | marks-class | report | verify-timing [--runs N] [--warmups N]" +
        " | poll-fanout|talk-handoff [--students N (default 2000)] [--runs N] [--warmups N]" +
        " | province [--students N (default 100000)] [--schools N (default 500)] [--kills N (default 1)] [--rate N] [--limit N (default 1000)] [--runs N (query rounds)] [--db DIR]" +
        "; query, weekly-compose, sender-rate, import-scores, marks-class, poll-fanout and talk-handoff also take --store litedb|postgres (province is PostgreSQL only)" +
        " (postgres: the bench starts its own cluster; --db DIR keeps that cluster and its big school in DIR)";

    /// <summary>sender-rate: how long the sending is measured (default 120 s).</summary>
    public int? Seconds { get; init; }

    /// <summary>sender-rate: the bot's Delivery:MessagesPerSecond (default 30, the fake server's limit).</summary>
    public int? Rate { get; init; }

    /// <summary>sender-rate: how many sendMessage the fake Bot API accepts in any rolling second (default 30).</summary>
    public int? Limit { get; init; }

    /// <summary>province: how many schools the students are spread over (default 500).</summary>
    public int? Schools { get; init; }

    /// <summary>province: how many times the sending process is killed mid fan-out (default 1).</summary>
    public int? Kills { get; init; }

    /// <summary>The engine of the store (<c>--store litedb|postgres</c>); LiteDB unless asked.</summary>
    public StoreEngine Store { get; init; } = StoreEngine.LiteDb;

    public static BenchArguments? Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args.Count % 2 == 0) return null;
        var parsed = new BenchArguments(args[0], null, null, null, null);
        for (var i = 1; i < args.Count; i += 2)
        {
            var value = args[i + 1];
            parsed = args[i] switch
            {
                "--runs" when Number(value) is { } n => parsed with { Runs = n },
                "--warmups" when Number(value) is { } n => parsed with { WarmUps = n },
                "--students" when Number(value) is { } n => parsed with { Students = n },
                "--db" => parsed with { Database = value },
                "--seconds" when Number(value) is { } n => parsed with { Seconds = n },
                "--rate" when Number(value) is { } n => parsed with { Rate = n },
                "--limit" when Number(value) is { } n => parsed with { Limit = n },
                "--schools" when Number(value) is { } n => parsed with { Schools = n },
                "--kills" when Number(value) is { } n => parsed with { Kills = n },
                "--store" when value is "litedb" => parsed with { Store = StoreEngine.LiteDb },
                "--store" when value is "postgres" => parsed with { Store = StoreEngine.PostgreSql },
                _ => null,
            };
            if (parsed is null) return null;
        }
        return parsed;
    }

    /// <summary>Timed runs after the warm-ups: one warm-up by default, so JIT of the first call is left out.</summary>
    public Repetitions Repetitions(int defaultRuns, int defaultWarmUps = 1) => new(WarmUps ?? defaultWarmUps, Runs ?? defaultRuns);

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
