using System.Text.Json;

namespace Bot.Discord.Protocol.Gateway;

/// <summary>One payload received from the gateway: <c>op</c>, <c>d</c>, and for dispatches <c>s</c> and <c>t</c>.</summary>
internal sealed record GatewayFrame(int Opcode, JsonElement Data, int? Sequence, string? EventName)
{
    public static GatewayFrame Parse(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        var root = document.RootElement;
        var opcode = root.GetProperty("op").GetInt32();
        var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
        int? sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null;
        var eventName = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return new GatewayFrame(opcode, data, sequence, eventName);
    }
}
