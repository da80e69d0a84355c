using Bot.Host;
using Bot.Host.Cli;
using Bot.Host.Web;

EnvironmentFile.Load();

// With no command (or only host settings such as --urls=...), the bot serves, as a web app does.
if (HostArguments.AreHostSettingsOnly(args))
{
    await BotWebApplication.Create(args).RunAsync();
    return 0;
}

return await BotCommandLine.Build().Parse(args).InvokeAsync();
