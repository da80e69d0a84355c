using System.Text.Json;

namespace Bot.Slack.Protocol.SocketMode;

/// <summary>
/// One delivery over Socket Mode: <see cref="Type"/> is <c>events_api</c>, <c>slash_commands</c> or <c>interactive</c>;
/// <see cref="Payload"/> is what the HTTP endpoint would have received (the event callback, the command's fields
/// as a JSON object, or the interaction payload).
/// </summary>
public sealed record SocketModeEnvelope(string EnvelopeId, string Type, JsonElement Payload, bool AcceptsResponsePayload, int RetryAttempt, string? RetryReason);
