using System.Text;
using System.Text.Json;

namespace Bot.Discord.Protocol.Tests.Gateway.Fakes;

/// <summary>A payload the fake gateway received: its <c>op</c>, its <c>d</c>, and the raw JSON.</summary>
public sealed record ReceivedFrame(int Op, JsonElement D, string Json)
{
    public static ReceivedFrame Parse(byte[] utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        var root = document.RootElement;
        var d = root.TryGetProperty("d", out var data) ? data.Clone() : default;
        return new ReceivedFrame(root.GetProperty("op").GetInt32(), d, Encoding.UTF8.GetString(utf8));
    }
}
