using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Slack.Tests.FakeSlack;

/// <summary>One recorded call to the stand-in: the method, the bearer token, the raw body and, for JSON bodies, its parse.</summary>
public sealed record SlackCall(string Method, string Path, string? Authorization, string Body, JsonObject? Json)
{
    public string? Text => Json?["text"]?.GetValue<string>();

    public string? ThreadTs => Json?["thread_ts"]?.GetValue<string>();

    public string AllText => Body;

    public static async Task<SlackCall> ReadAsync(HttpContext context, string method)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        JsonObject? json = null;
        try
        {
            json = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
        }

        return new SlackCall(method, context.Request.Path, context.Request.Headers.Authorization.ToString(), body, json);
    }
}
