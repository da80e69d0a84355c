using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Slack.Inbound;

/// <summary>
/// The one place Slack's wire payloads become the adapter's types. Events the bot must not answer (its own posts,
/// other bots, edits, deletions, joins, anything with a subtype) come back as null.
/// </summary>
public static partial class SlackPayloads
{
    [GeneratedRegex(@"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")]
    private static partial Regex UserMention();

    public static SlackChatMessage? ChatMessage(JsonElement callback, SlackIdentity identity)
    {
        if (callback.ValueKind != JsonValueKind.Object || !callback.TryGetProperty("event", out var e) || e.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var type = Text(e, "type");
        var direct = type == "message" && Text(e, "channel_type") == "im";
        if (type != "app_mention" && !direct)
        {
            return null;
        }

        var user = Text(e, "user");
        if (e.TryGetProperty("subtype", out _) || e.TryGetProperty("bot_id", out _) || e.TryGetProperty("bot_profile", out _)
            || user is null || user == identity.BotUserId)
        {
            return null;
        }

        var channel = Text(e, "channel");
        var ts = Text(e, "ts");
        if (channel is null || ts is null)
        {
            return null;
        }

        var text = UserMention().Replace(Text(e, "text") ?? "", m => identity.IsBotMention(m.Value) ? " " : "someone");
        return new SlackChatMessage(Text(callback, "event_id"), channel, user, ts, Text(e, "thread_ts"), text.Trim(), direct);
    }

    public static SlackCommand? Command(Func<string, string?> field)
    {
        var command = field("command");
        var user = field("user_id");
        var channel = field("channel_id");
        if (string.IsNullOrEmpty(command) || string.IsNullOrEmpty(user) || string.IsNullOrEmpty(channel))
        {
            return null;
        }

        return new SlackCommand(command.TrimStart('/').ToLowerInvariant(), field("text")?.Trim() ?? "", user, channel, AbsoluteUri(field("response_url")));
    }

    public static SlackCommand? Command(JsonElement payload) =>
        payload.ValueKind == JsonValueKind.Object ? Command(name => Text(payload, name)) : null;

    public static SlackAction? Action(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object || Text(payload, "type") != "block_actions"
            || !payload.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array || actions.GetArrayLength() == 0)
        {
            return null;
        }

        var action = actions[0];
        var user = payload.TryGetProperty("user", out var u) ? Text(u, "id") : null;
        if (action.ValueKind != JsonValueKind.Object || user is null)
        {
            return null;
        }

        var channel = payload.TryGetProperty("channel", out var c) ? Text(c, "id") : null;
        var thread = payload.TryGetProperty("container", out var container) ? Text(container, "thread_ts") : null;
        return new SlackAction(Text(action, "action_id") ?? "", Text(action, "value") ?? "", user, channel, AbsoluteUri(Text(payload, "response_url")), thread);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Uri? AbsoluteUri(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri : null;
}
