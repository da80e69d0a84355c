using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace Bot.Discord.Protocol.Tests.Gateway.Fakes;

/// <summary>One client connection to the <see cref="FakeGateway"/>: what it received, and what to send it.</summary>
public sealed class FakeGatewayConnection(FakeGateway gateway, WebSocket socket, string pathAndQuery, Action abort)
{
    private readonly ConcurrentQueue<ReceivedFrame> _frames = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The path and query the client opened, e.g. <c>/resume?v=10&amp;encoding=json</c>.</summary>
    public string PathAndQuery { get; } = pathAndQuery;

    /// <summary>The close code the client sent, if it closed the connection.</summary>
    public int? ClientCloseStatus { get; private set; }

    public Task Closed => _closed.Task;

    public IReadOnlyList<ReceivedFrame> Frames => [.. _frames];

    public IReadOnlyList<ReceivedFrame> FramesWith(int op) => Frames.Where(f => f.Op == op).ToArray();

    /// <summary>Waits until <paramref name="count"/> frames with <paramref name="op"/> have arrived; returns the last of them.</summary>
    public async Task<ReceivedFrame> WaitForFrameAsync(int op, int count = 1)
    {
        await Eventually.TrueAsync(() => FramesWith(op).Count >= count, $"op {op} #{count} never arrived on {PathAndQuery}");
        return FramesWith(op)[count - 1];
    }

    public async Task SendAsync(object payload)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload);
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends an op 0 with the next sequence number, which it returns.</summary>
    public async Task<int> SendDispatchAsync(string eventName, object? data)
    {
        var sequence = gateway.NextSequence();
        await SendAsync(new { op = 0, t = eventName, s = sequence, d = data });
        return sequence;
    }

    public Task SendOpAsync(int op, object? data) => SendAsync(new { op, d = data });

    public async Task CloseAsync(int code)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "closed by the fake gateway", CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Abort()
    {
        if (_closed.Task.IsCompleted)
        {
            return;
        }

        try
        {
            abort();
        }
        catch (ObjectDisposedException)
        {
            // The request ended in the meantime.
        }

        _closed.TrySetResult();
    }

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellationToken);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClientCloseStatus = (int?)result.CloseStatus;
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await CloseEchoAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure);
                    }

                    return;
                }

                var frame = ReceivedFrame.Parse(message.ToArray());
                _frames.Enqueue(frame);
                await AnswerAsync(frame);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
        finally
        {
            _closed.TrySetResult();
        }
    }

    private async Task CloseEchoAsync(WebSocketCloseStatus status)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync(status, "", CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task AnswerAsync(ReceivedFrame frame)
    {
        switch (frame.Op)
        {
            case 1 when gateway.AckHeartbeats:
                await SendAsync(new { op = 11 });
                break;
            case 2 when gateway.ReadyOnIdentify:
                var sessionId = gateway.StartSession();
                await SendDispatchAsync("READY", new
                {
                    v = 10,
                    user = new { id = "1", username = "bot", bot = true },
                    guilds = Array.Empty<object>(),
                    session_id = sessionId,
                    resume_gateway_url = gateway.ResumeUrl.ToString().TrimEnd('/'),
                    application = new { id = "1", flags = 0 },
                });
                break;
            case 6:
                await SendDispatchAsync("RESUMED", null);
                break;
        }
    }
}
