using System.CommandLine;
using System.Text.Json;
using Bot.Slack;

namespace Bot.Host.Cli;

/// <summary><c>slack manifest [--http URL]</c>: prints the Slack app manifest (Socket Mode, or HTTP mode with request URLs).</summary>
public static class SlackCommand
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var http = new Option<string?>("--http") { Description = "Public base URL for HTTP mode, e.g. https://bot.example.com (omit for Socket Mode)" };
        var manifest = new Command("manifest", "Print the Slack app manifest to paste into api.slack.com/apps → Create New App → From a manifest.") { http };
        manifest.SetAction(parse =>
        {
            var url = parse.GetValue(http);
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme == "https"))
            {
                Console.Error.WriteLine("--http needs an absolute https URL (Slack only calls https endpoints), e.g. https://bot.example.com");
                return CliRunner.UsageError;
            }

            Console.Out.WriteLine(SlackManifest.Build(url is null ? null : new Uri(url)).ToJsonString(s_indented));
            return CliRunner.Ok;
        });
        return new Command("slack", "Slack app tools.") { manifest };
    }
}
