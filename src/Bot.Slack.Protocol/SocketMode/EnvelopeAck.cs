using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Slack.Protocol.SocketMode;

/// <summary>Writes the acknowledgement Slack expects: <c>{"envelope_id":…}</c>, plus <c>"payload":{…}</c> when there is one.</summary>
internal static class EnvelopeAck
{
    public static ReadOnlyMemory<byte> Serialize(string envelopeId, JsonObject? payload)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("envelope_id", envelopeId);
            if (payload is not null)
            {
                writer.WritePropertyName("payload");
                payload.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }
}
