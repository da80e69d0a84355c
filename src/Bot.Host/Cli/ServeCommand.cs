using System.CommandLine;
using Bot.Host.Web;
using Microsoft.Extensions.Options;

namespace Bot.Host.Cli;

/// <summary><c>serve --urls URL</c>: the HTTP host (health, the ask API, and later the Slack and Discord endpoints).</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var command = new Command("serve", "Start the HTTP host.") { urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var app = BotWebApplication.Create([], parse.GetValue(urls)!);
                await app.RunAsync(cancellationToken);
                return CliRunner.Ok;
            }
            catch (OptionsValidationException ex)
            {
                await Console.Error.WriteLineAsync("Configuration error: " + string.Join(" ", ex.Failures));
                return CliRunner.ConfigurationError;
            }
        });
        return command;
    }
}
