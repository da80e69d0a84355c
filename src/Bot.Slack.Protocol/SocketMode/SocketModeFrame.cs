using System.Text.Json;

namespace Bot.Slack.Protocol.SocketMode;

/// <summary>One text frame from Slack, decoded: hello, disconnect, an envelope, or something to ignore.</summary>
internal abstract record SocketModeFrame
{
    private static readonly JsonElement s_emptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    private SocketModeFrame()
    {
    }

    /// <summary><c>{"type":"hello"}</c>: the connection is ready to receive envelopes.</summary>
    public sealed record Hello(int? NumConnections) : SocketModeFrame;

    /// <summary><c>{"type":"disconnect","reason":…}</c>: Slack wants this connection replaced (or stopped).</summary>
    public sealed record Disconnect(string Reason) : SocketModeFrame;

    /// <summary>An <c>events_api</c>, <c>slash_commands</c> or <c>interactive</c> envelope to hand over and acknowledge.</summary>
    public sealed record Envelope(SocketModeEnvelope Value) : SocketModeFrame;

    /// <summary>Anything else (not JSON, not an object, unknown type); <paramref name="Why"/> is for the debug log.</summary>
    public sealed record Ignored(string Why) : SocketModeFrame;

    public static SocketModeFrame Parse(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            return Parse(document.RootElement);
        }
        catch (JsonException)
        {
            return new Ignored("not JSON");
        }
    }

    private static SocketModeFrame Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new Ignored($"JSON {root.ValueKind}, not an object");
        }

        var type = StringProperty(root, "type");
        switch (type)
        {
            case "hello":
                var connections = root.TryGetProperty("num_connections", out var n) && n.TryGetInt32(out var count) ? count : (int?)null;
                return new Hello(connections);
            case "disconnect":
                return new Disconnect(StringProperty(root, "reason") ?? "unknown");
            case "events_api" or "slash_commands" or "interactive":
                return ParseEnvelope(root, type);
            default:
                return new Ignored(type is null ? "no type" : $"type '{type}'");
        }
    }

    private static SocketModeFrame ParseEnvelope(JsonElement root, string type)
    {
        var envelopeId = StringProperty(root, "envelope_id");
        if (string.IsNullOrEmpty(envelopeId))
        {
            return new Ignored($"{type} without envelope_id");
        }

        var payload = root.TryGetProperty("payload", out var p) ? p.Clone() : s_emptyObject;
        var accepts = root.TryGetProperty("accepts_response_payload", out var a) && a.ValueKind == JsonValueKind.True;
        var retryAttempt = root.TryGetProperty("retry_attempt", out var r) && r.TryGetInt32(out var attempt) ? attempt : 0;
        var retryReason = StringProperty(root, "retry_reason");
        return new Envelope(new SocketModeEnvelope(
            envelopeId, type, payload, accepts, retryAttempt, string.IsNullOrEmpty(retryReason) ? null : retryReason));
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
