using System.Net;

namespace Bot.Discord.Protocol.Rest;

/// <summary>
/// Discord refused a call for good: the HTTP status, Discord's JSON error code (e.g. 50035 Invalid Form Body,
/// 10062 Unknown Interaction, 40060 already acknowledged) when the body carried one, and its message.
/// The route is redacted: webhook and interaction tokens never appear in it.
/// </summary>
public sealed class DiscordApiException(HttpStatusCode status, int? code, string errorMessage, string route, string? errors = null)
    : Exception($"Discord {route} failed: HTTP {(int)status}{(code is null ? "" : $" (code {code})")}: {errorMessage}")
{
    public HttpStatusCode Status { get; } = status;

    /// <summary>Discord's JSON error code, or null when the body had none (e.g. a proxy's HTML error page).</summary>
    public int? Code { get; } = code;

    public string ErrorMessage { get; } = errorMessage;

    /// <summary>The method and route with tokens replaced by <c>{token}</c>.</summary>
    public string Route { get; } = route;

    /// <summary>The raw <c>errors</c> object of a validation failure (which field was wrong), when present.</summary>
    public string? Errors { get; } = errors;
}
