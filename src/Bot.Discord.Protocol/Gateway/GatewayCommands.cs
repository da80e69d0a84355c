using System.Buffers;
using System.Text.Json;

namespace Bot.Discord.Protocol.Gateway;

/// <summary>The payloads the client sends, as UTF-8 JSON: Heartbeat (1), Identify (2), Resume (6), or any op.</summary>
internal static class GatewayCommands
{
    public const string LibraryName = "Bot.Discord.Protocol";

    public static byte[] Heartbeat(int? sequence) => Write(GatewayOpcode.Heartbeat, writer =>
    {
        if (sequence is int s)
        {
            writer.WriteNumberValue(s);
        }
        else
        {
            writer.WriteNullValue();
        }
    });

    public static byte[] Identify(GatewayOptions options) => Write(GatewayOpcode.Identify, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("token", options.Token);
        writer.WriteNumber("intents", options.Intents);
        writer.WriteStartObject("properties");
        writer.WriteString("os", OperatingSystemName());
        writer.WriteString("browser", LibraryName);
        writer.WriteString("device", LibraryName);
        writer.WriteEndObject();
        writer.WriteStartArray("shard");
        writer.WriteNumberValue(options.ShardId);
        writer.WriteNumberValue(options.ShardCount);
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    public static byte[] Resume(string token, string sessionId, int? sequence) => Write(GatewayOpcode.Resume, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("token", token);
        writer.WriteString("session_id", sessionId);
        if (sequence is int s)
        {
            writer.WriteNumber("seq", s);
        }
        else
        {
            writer.WriteNull("seq");
        }

        writer.WriteEndObject();
    });

    public static byte[] Custom(int opcode, JsonElement data) => Write(opcode, data.WriteTo);

    private static byte[] Write(int opcode, Action<Utf8JsonWriter> writeData)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", opcode);
            writer.WritePropertyName("d");
            writeData(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string OperatingSystemName() =>
        OperatingSystem.IsLinux() ? "linux"
        : OperatingSystem.IsWindows() ? "windows"
        : OperatingSystem.IsMacOS() ? "macos"
        : System.Runtime.InteropServices.RuntimeInformation.OSDescription;
}
