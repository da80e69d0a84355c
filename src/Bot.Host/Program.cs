using Bot.Host;
using Bot.Host.Cli;

EnvironmentFile.Load();
return await BotCommandLine.Build().Parse(args).InvokeAsync();
