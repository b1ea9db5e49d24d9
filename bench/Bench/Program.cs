using SoLienLac.Bench;
using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Scenarios;

if (BenchArguments.Parse(args) is not { } arguments)
{
    Console.Error.WriteLine(BenchArguments.Usage);
    return 2;
}

Report.Machine();
switch (arguments.Scenario)
{
    case ImportScoresScenario.Name: await ImportScoresScenario.RunAsync(arguments); break;
    case ResultsYearScenario.Name: await ResultsYearScenario.RunAsync(arguments); break;
    case LookupsScenario.Name: LookupsScenario.Run(arguments); break;
    case "all":
        await ImportScoresScenario.RunAsync(arguments);
        await ResultsYearScenario.RunAsync(arguments);
        LookupsScenario.Run(arguments);
        break;
    default:
        Console.Error.WriteLine(BenchArguments.Usage);
        return 2;
}
return 0;
