using System.CommandLine;
using Bot.Discord;
using Bot.Discord.Commands;
using Bot.Discord.Protocol.Rest;
using Microsoft.Extensions.Options;

namespace Bot.Host.Cli;

/// <summary><c>discord register-commands [--guild ID]</c>: one bulk PUT of the validated command set.</summary>
public static class DiscordCommand
{
    public static Command Create()
    {
        var guild = new Option<string?>("--guild") { Description = "Register in one server only (instant; for development). Omit for global commands." };
        var register = new Command("register-commands", "Register /ask, /summary, /who, /why, /timeline and /sources with Discord.") { guild };
        register.SetAction(async (parse, cancellationToken) =>
        {
            var guildId = parse.GetValue(guild);
            if (guildId is not null && !ulong.TryParse(guildId, out _))
            {
                await Console.Error.WriteLineAsync("--guild needs a numeric server id.");
                return CliRunner.UsageError;
            }

            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            var options = configuration.GetSection(DiscordOptions.Section).Get<DiscordOptions>() ?? new DiscordOptions();
            var check = new DiscordOptionsValidator().Validate(null, options);
            if (check.Failed || options.BotToken.Length == 0)
            {
                await Console.Error.WriteLineAsync("Configuration error: " + (check.Failed ? check.FailureMessage : "Discord__BotToken and Discord__ApplicationId are required to register commands."));
                return CliRunner.ConfigurationError;
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var rest = new DiscordRestClient(http, new DiscordRestOptions { BaseUrl = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/"), BotToken = options.BotToken }, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<DiscordRestClient>.Instance);
            try
            {
                var names = await DiscordCommandRegistrar.RegisterAsync(rest, options.ApplicationId, guildId, cancellationToken);
                Console.WriteLine($"Registered {names.Count} commands {(guildId is null ? "globally" : $"in server {guildId}")}: /{string.Join(", /", names)}");
                return CliRunner.Ok;
            }
            catch (DiscordApiException ex)
            {
                await Console.Error.WriteLineAsync($"Discord refused the commands: {ex.Message}");
                return 3;
            }
        });
        return new Command("discord", "Discord app tools.") { register };
    }
}
