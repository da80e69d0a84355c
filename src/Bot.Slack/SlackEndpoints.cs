using System.Text.Json;
using Bot.Slack.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Slack;

public static class SlackEndpoints
{
    // The same ack body (a cached answer) is serialized once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<System.Text.Json.Nodes.JsonObject, byte[]> s_serialized = new();

    /// <summary>
    /// Slack's HTTP mode: <c>POST /slack/event</c> (Events API), <c>/slack/command</c> (slash commands) and
    /// <c>/slack/action</c> (interactivity). Each request's signature is checked over the raw body first; a request
    /// that fails gets 401 and is never processed. Every accepted request is acknowledged at once.
    /// </summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/slack/event", async (HttpRequest request, SlackRequestReader reader, SlackEvents events) =>
        {
            var signed = await reader.ReadAsync(request);
            if (!signed.IsValid)
            {
                return Results.StatusCode(signed.Status);
            }

            using var json = TryParse(signed.Body);
            if (json is null)
            {
                return Results.BadRequest(new { error = "The body is not JSON." });
            }

            var root = json.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type == "url_verification")
            {
                var challenge = root.TryGetProperty("challenge", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : "";
                return Results.Json(new { challenge });
            }

            if (type == "event_callback")
            {
                events.Accept(root.Clone());
            }

            return Results.Ok();
        });

        endpoints.MapPost("/slack/command", async (HttpRequest request, SlackRequestReader reader, SlackCommands commands) =>
        {
            var signed = await reader.ReadAsync(request);
            var form = SlackRequestReader.Form(signed.Body);
            if (form.TryGetValue("ssl_check", out var ssl) && ssl == "1")
            {
                return Results.Ok(); // Slack's certificate check: unsigned by design, dispatches nothing
            }

            if (!signed.IsValid)
            {
                return Results.StatusCode(signed.Status);
            }

            var command = SlackPayloads.Command(name => form.TryGetValue(name, out var value) ? value.ToString() : null);
            return command is null
                ? Results.BadRequest(new { error = "Not a slash command." })
                : Results.Bytes(s_serialized.GetValue(await commands.AcceptAsync(command), body => JsonSerializer.SerializeToUtf8Bytes(body)), "application/json");
        });

        endpoints.MapPost("/slack/action", async (HttpRequest request, SlackRequestReader reader, SlackActions actions) =>
        {
            var signed = await reader.ReadAsync(request);
            if (!signed.IsValid)
            {
                return Results.StatusCode(signed.Status);
            }

            var form = SlackRequestReader.Form(signed.Body);
            using var json = form.TryGetValue("payload", out var payload) ? TryParse(System.Text.Encoding.UTF8.GetBytes(payload.ToString())) : null;
            if (json is null)
            {
                return Results.BadRequest(new { error = "No interaction payload." });
            }

            if (SlackPayloads.Action(json.RootElement) is { } action)
            {
                actions.Accept(action);
            }

            return Results.Ok();
        });

        return endpoints;
    }

    private static JsonDocument? TryParse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
