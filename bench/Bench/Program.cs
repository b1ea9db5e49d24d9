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
    case QueryScenario.Name: await QueryScenario.RunAsync(arguments); break;
    case TeacherBatchScenario.Name: await TeacherBatchScenario.RunAsync(arguments); break;
    case WeeklyComposeScenario.Name: WeeklyComposeScenario.Run(arguments); break;
    case SenderRateScenario.Name: await SenderRateScenario.RunAsync(arguments); break;
    case ReportScenario.Name: await ReportScenario.RunAsync(arguments); break;
    case VerifyTimingScenario.Name: VerifyTimingScenario.Run(arguments); break;
    case MarksClassScenario.Name: await MarksClassScenario.RunAsync(arguments); break;
    case PollFanOutScenario.Name: await PollFanOutScenario.RunAsync(arguments); break;
    case TalkHandOffScenario.Name: await TalkHandOffScenario.RunAsync(arguments); break;
    case ProvinceScenario.Name: await ProvinceScenario.RunAsync(arguments); break;
    case "all":
        await ImportScoresScenario.RunAsync(arguments);
        await ResultsYearScenario.RunAsync(arguments);
        await TeacherBatchScenario.RunAsync(arguments);
        // Lookups and query share the big store: without --db it is built once, in a directory deleted at the end.
        using (var shared = new ScratchDirectory())
        {
            var big = arguments with { Database = arguments.Database ?? shared.File("big.db") };
            LookupsScenario.Run(big);
            await QueryScenario.RunAsync(big);
        }
        break;
    default:
        Console.Error.WriteLine(BenchArguments.Usage);
        return 2;
}
return 0;
