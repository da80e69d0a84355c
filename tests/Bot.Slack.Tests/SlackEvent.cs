using System.Text.Json.Nodes;

namespace Bot.Slack.Tests;

/// <summary>Events API callbacks shaped as Slack sends them.</summary>
public static class SlackEvent
{
    public static string Mention(string text, string ts = "1700000100.000100", string? threadTs = null, string? eventId = null, string user = "U123") =>
        Callback(new JsonObject { ["type"] = "app_mention", ["user"] = user, ["text"] = text, ["ts"] = ts, ["channel"] = "C1", ["event_ts"] = ts, ["thread_ts"] = threadTs }, eventId);

    public static string DirectMessage(string text, string ts = "1700000200.000200", string? eventId = null) =>
        Callback(new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["user"] = "U123", ["text"] = text, ["ts"] = ts, ["channel"] = "D1" }, eventId);

    public static string Callback(JsonObject e, string? eventId = null)
    {
        foreach (var key in e.Where(p => p.Value is null).Select(p => p.Key).ToArray())
        {
            e.Remove(key);
        }

        return new JsonObject
        {
            ["token"] = "legacy",
            ["team_id"] = "T1",
            ["api_app_id"] = "A1",
            ["type"] = "event_callback",
            ["event_id"] = eventId ?? "Ev" + Guid.NewGuid().ToString("N")[..10],
            ["event_time"] = 1700000100,
            ["authorizations"] = new JsonArray(new JsonObject { ["user_id"] = "UBOT1", ["is_bot"] = true }),
            ["event"] = e,
        }.ToJsonString();
    }
}
