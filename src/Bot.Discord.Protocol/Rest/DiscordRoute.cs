namespace Bot.Discord.Protocol.Rest;

/// <summary>
/// A request's route as the rate limiter sees it. Discord computes per-route limits per top-level resource
/// (<c>channels/{id}</c>, <c>guilds/{id}</c>, <c>webhooks/{id}</c> or <c>webhooks/{id}/{token}</c>), so the
/// resource is kept apart from the route's shape (<see cref="RouteKey"/>, ids replaced), which is what learns
/// its <c>X-RateLimit-Bucket</c> hash.
/// </summary>
internal sealed record DiscordRoute(
    string RelativeUri,
    string RouteKey,
    string Resource,
    string Redacted,
    bool UsesToken)
{
    /// <summary>
    /// Interaction callbacks and webhook-token routes (interaction responses and followups) carry their own token:
    /// they are sent without the bot's <c>Authorization</c> and are not bound to the bot's global rate limit.
    /// </summary>
    public bool ExemptFromGlobalLimit => UsesToken;

    public static DiscordRoute Parse(HttpMethod method, string route)
    {
        var relative = route.TrimStart('/');
        var queryAt = relative.IndexOf('?', StringComparison.Ordinal);
        var path = queryAt < 0 ? relative : relative[..queryAt];
        var segments = path.Split('/');
        var shape = new string[segments.Length];
        var redacted = new string[segments.Length];
        var resourceLength = 0;
        var usesToken = false;

        for (var i = 0; i < segments.Length; i++)
        {
            shape[i] = IsId(segments[i]) ? "{id}" : segments[i];
            redacted[i] = segments[i];
            if (i > 0 && segments[i - 1] == "reactions")
            {
                shape[i] = "{emoji}";
            }
        }

        switch (segments[0])
        {
            case "channels" or "guilds" when segments.Length > 1:
                resourceLength = 2;
                break;
            case "webhooks" when segments.Length > 2:
                resourceLength = 3;
                usesToken = true;
                shape[2] = redacted[2] = "{token}";
                break;
            case "webhooks" when segments.Length > 1:
                resourceLength = 2;
                break;
            case "interactions" when segments.Length > 2:
                // Not a documented top-level resource, but each interaction's callback is answered once: keeping
                // interactions apart means one interaction's bucket never delays another's 3-second deadline.
                resourceLength = 2;
                usesToken = true;
                shape[2] = redacted[2] = "{token}";
                break;
        }

        var resource = string.Join('/', segments.Take(resourceLength));
        var redactedPath = string.Join('/', redacted);
        return new DiscordRoute(
            relative,
            $"{method.Method} {string.Join('/', shape)}",
            resource,
            $"{method.Method} {redactedPath}",
            usesToken);
    }

    private static bool IsId(string segment) => segment.Length > 0 && segment.All(char.IsAsciiDigit);
}
