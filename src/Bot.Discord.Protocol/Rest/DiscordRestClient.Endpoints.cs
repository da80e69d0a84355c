using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Discord.Protocol.Rest;

/// <summary>The endpoints the bot uses, each one <see cref="SendAsync"/> call on its documented route.</summary>
public sealed partial class DiscordRestClient
{
    /// <summary><c>POST /channels/{channel.id}/messages</c>; returns the message created.</summary>
    public Task<JsonElement> CreateMessageAsync(string channelId, JsonObject message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{Segment(channelId)}/messages", message, cancellationToken);

    /// <summary><c>POST /interactions/{interaction.id}/{interaction.token}/callback</c> (no bot token; not bound to the global limit).</summary>
    public Task<JsonElement> CreateInteractionResponseAsync(string interactionId, string token, JsonObject response, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"interactions/{Segment(interactionId)}/{Segment(token)}/callback", response, cancellationToken);

    /// <summary><c>PATCH /webhooks/{application.id}/{interaction.token}/messages/@original</c>; returns the message edited.</summary>
    public Task<JsonElement> EditOriginalInteractionResponseAsync(string applicationId, string token, JsonObject message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{Segment(applicationId)}/{Segment(token)}/messages/@original", message, cancellationToken);

    /// <summary><c>POST /webhooks/{application.id}/{interaction.token}</c>; returns the followup message created.</summary>
    public Task<JsonElement> CreateFollowupMessageAsync(string applicationId, string token, JsonObject message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"webhooks/{Segment(applicationId)}/{Segment(token)}", message, cancellationToken);

    /// <summary>
    /// <c>PUT /applications/{application.id}/commands</c>, or <c>/applications/{application.id}/guilds/{guild.id}/commands</c>
    /// when <paramref name="guildId"/> is given: replaces every command in one call; returns the commands as registered.
    /// </summary>
    public Task<JsonElement> BulkOverwriteCommandsAsync(string applicationId, string? guildId, JsonArray commands, CancellationToken cancellationToken)
    {
        var route = guildId is null
            ? $"applications/{Segment(applicationId)}/commands"
            : $"applications/{Segment(applicationId)}/guilds/{Segment(guildId)}/commands";
        return SendAsync(HttpMethod.Put, route, commands, cancellationToken);
    }

    /// <summary><c>GET /gateway/bot</c>: the gateway URL, recommended shards and session start limit.</summary>
    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        var gateway = await SendAsync(HttpMethod.Get, "gateway/bot", null, cancellationToken).ConfigureAwait(false);
        if (gateway.ValueKind != JsonValueKind.Object
            || !gateway.TryGetProperty("url", out var url) || url.ValueKind != JsonValueKind.String
            || !gateway.TryGetProperty("session_start_limit", out var limit) || limit.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("GET gateway/bot answered without url or session_start_limit");
        }

        return new GatewayBotInfo(
            url.GetString()!,
            Int(gateway, "shards", 1),
            Int(limit, "max_concurrency", 1),
            Int(limit, "remaining", 0),
            TimeSpan.FromMilliseconds(Int(limit, "reset_after", 0)));
    }

    private static string Segment(string value) => Uri.EscapeDataString(value);

    private static int Int(JsonElement parent, string name, int fallback) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : fallback;
}
