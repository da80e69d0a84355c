using System.Buffers;
using System.Net.WebSockets;

namespace Bot.Discord.Protocol.Gateway;

/// <summary>
/// One WebSocket to the gateway: whole JSON messages in, size-checked and rate-limited messages out (one send at a
/// time), and the close handshake.
/// </summary>
internal sealed class GatewaySocket(WebSocket socket, GatewaySendLimiter limiter) : IDisposable
{
    /// <summary>Discord closes the connection for larger payloads.</summary>
    public const int MaxPayloadBytes = 4096;

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ArrayBufferWriter<byte> _message = new(16 * 1024);

    /// <summary>The code the gateway closed with, once it has.</summary>
    public int? CloseStatus => (int?)socket.CloseStatus;

    public static void EnsureWithinLimit(ReadOnlySpan<byte> payload)
    {
        if (payload.Length > MaxPayloadBytes)
        {
            throw new GatewayPayloadTooLargeException(payload.Length);
        }
    }

    public async Task SendAsync(ReadOnlyMemory<byte> payload, bool priority, CancellationToken cancellationToken)
    {
        EnsureWithinLimit(payload.Span);
        await limiter.WaitAsync(priority, cancellationToken).ConfigureAwait(false);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The next whole message, or null once the gateway has sent its close frame.</summary>
    public async Task<GatewayFrame?> ReceiveAsync(CancellationToken cancellationToken)
    {
        _message.ResetWrittenCount();
        while (true)
        {
            var result = await socket.ReceiveAsync(_message.GetMemory(8 * 1024), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            _message.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return GatewayFrame.Parse(_message.WrittenMemory);
            }
        }
    }

    /// <summary>
    /// Sends a close frame with <paramref name="code"/> (or answers the gateway's), best effort: a zombied
    /// connection may never take it.
    /// </summary>
    public async Task CloseOutputAsync(int code, string reason, CancellationToken cancellationToken)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public void Abort() => socket.Abort();

    public void Dispose()
    {
        socket.Dispose();
        _sendLock.Dispose();
    }
}
