using SoLienLac.Bot.Cli;

return await CommandLine.RunAsync(args);
