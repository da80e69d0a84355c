using System.Text.Json.Nodes;
using Bot.Core.Replies;

namespace Bot.Slack;

/// <summary>
/// The Slack app manifest (schema v1) for this bot: Socket Mode by default, or HTTP mode with the request URLs of
/// a public base URL. Commands come from <see cref="ReplyCommands.All"/>, so the manifest can't drift from the bot.
/// </summary>
public static class SlackManifest
{
    public static readonly IReadOnlyDictionary<string, (string Description, string UsageHint)> Commands = new Dictionary<string, (string, string)>
    {
        [ReplyCommands.Ask] = ("Ask a question about the story, answered with cited quotes", "[question]"),
        [ReplyCommands.Summary] = ("A short cited brief of the story", "[topic]"),
        [ReplyCommands.Who] = ("Who is involved: roles and what each decided or said", "[name or title]"),
        [ReplyCommands.Why] = ("The stated reasons for a decision, and what is not public", "[decision]"),
        [ReplyCommands.Timeline] = ("Events in order, with their time cues", ""),
        [ReplyCommands.Sources] = ("The articles the bot answers from", ""),
    };

    public static readonly IReadOnlyList<string> BotEvents = ["app_mention", "message.im"];

    // app_mention needs app_mentions:read; message.im needs im:history; replying needs chat:write; threads are
    // read back with channels/groups/im/mpim:history; commands need commands.
    public static readonly IReadOnlyList<string> BotScopes =
        ["app_mentions:read", "channels:history", "chat:write", "commands", "groups:history", "im:history", "im:read", "im:write", "mpim:history"];

    public static JsonObject Build(Uri? httpBaseUrl = null, string name = "Story Bot")
    {
        var http = httpBaseUrl is not null;
        var commands = new JsonArray();
        foreach (var command in ReplyCommands.All)
        {
            var (description, hint) = Commands[command];
            var entry = new JsonObject { ["command"] = "/" + command, ["description"] = description, ["should_escape"] = false };
            if (hint.Length > 0)
            {
                entry["usage_hint"] = hint;
            }

            if (http)
            {
                entry["url"] = Url(httpBaseUrl!, "slack/command");
            }

            commands.Add(entry);
        }

        var events = new JsonObject { ["bot_events"] = new JsonArray([.. BotEvents.Select(e => JsonValue.Create(e))]) };
        var interactivity = new JsonObject { ["is_enabled"] = true };
        if (http)
        {
            events["request_url"] = Url(httpBaseUrl!, "slack/event");
            interactivity["request_url"] = Url(httpBaseUrl!, "slack/action");
        }

        return new JsonObject
        {
            ["_metadata"] = new JsonObject { ["major_version"] = 1, ["minor_version"] = 1 },
            ["display_information"] = new JsonObject
            {
                ["name"] = name,
                ["description"] = "Answers questions about a news story with cited, verbatim quotes.",
            },
            ["features"] = new JsonObject
            {
                ["app_home"] = new JsonObject { ["home_tab_enabled"] = false, ["messages_tab_enabled"] = true, ["messages_tab_read_only_enabled"] = false },
                ["bot_user"] = new JsonObject { ["display_name"] = "storybot", ["always_online"] = true },
                ["slash_commands"] = commands,
            },
            ["oauth_config"] = new JsonObject { ["scopes"] = new JsonObject { ["bot"] = new JsonArray([.. BotScopes.Select(s => JsonValue.Create(s))]) } },
            ["settings"] = new JsonObject
            {
                ["event_subscriptions"] = events,
                ["interactivity"] = interactivity,
                ["org_deploy_enabled"] = false,
                ["socket_mode_enabled"] = !http,
                ["token_rotation_enabled"] = false,
            },
        };
    }

    private static string Url(Uri baseUrl, string path) => new Uri(new Uri(baseUrl.ToString().TrimEnd('/') + "/"), path).ToString();
}
