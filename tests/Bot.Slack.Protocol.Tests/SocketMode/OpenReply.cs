using System.Text.Json.Nodes;

namespace Bot.Slack.Protocol.Tests.SocketMode;

/// <summary>One scripted answer of the stand-in's <c>apps.connections.open</c>.</summary>
public sealed record OpenReply(int StatusCode, string Body, int? RetryAfterSeconds = null)
{
    /// <summary><c>{"ok":false,"error":…}</c> with HTTP 200, as Slack answers API errors.</summary>
    public static OpenReply Error(string error) =>
        new(200, new JsonObject { ["ok"] = false, ["error"] = error }.ToJsonString());

    /// <summary>HTTP 429 with <c>Retry-After</c>, as Slack rate-limits.</summary>
    public static OpenReply RateLimited(int retryAfterSeconds) =>
        new(429, """{"ok":false,"error":"ratelimited"}""", retryAfterSeconds);

    /// <summary>An HTTP failure without a Slack body.</summary>
    public static OpenReply Status(int statusCode) => new(statusCode, "upstream trouble");
}
