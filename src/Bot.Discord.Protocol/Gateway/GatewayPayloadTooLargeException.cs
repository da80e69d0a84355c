namespace Bot.Discord.Protocol.Gateway;

/// <summary>
/// Thrown instead of sending a gateway payload larger than Discord accepts (4096 bytes), which would otherwise
/// get the connection closed.
/// </summary>
public sealed class GatewayPayloadTooLargeException(int size)
    : InvalidOperationException($"The gateway payload is {size} bytes; Discord accepts at most {GatewaySocket.MaxPayloadBytes}.")
{
    public int Size { get; } = size;
}
