using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Slack.Protocol.Tests.SocketMode;

/// <summary>The server end of one Socket Mode WebSocket: the test sends frames and reads what the client sent back.</summary>
public sealed class StandInSocket
{
    private readonly WebSocket _socket;
    private readonly Action<string> _timeline;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly List<JsonObject> _received = [];
    private readonly Lock _receivedLock = new();
    private readonly TaskCompletionSource _closedByClient = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action _abort;
    private volatile bool _serverClosed;

    internal StandInSocket(int number, WebSocket socket, Action abort, Action<string> timeline)
    {
        Number = number;
        _socket = socket;
        _abort = abort;
        _timeline = timeline;
    }

    /// <summary>1 for the first socket the stand-in accepted, and so on.</summary>
    public int Number { get; }

    /// <summary>Every JSON object the client sent on this socket (its acks), in order.</summary>
    public IReadOnlyList<JsonObject> Received
    {
        get
        {
            lock (_receivedLock)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Completes when the client started the close handshake on this socket.</summary>
    public Task ClosedByClient => _closedByClient.Task;

    /// <summary>Completes when this socket is gone, however it ended.</summary>
    public Task Ended => _ended.Task;

    public Task SendHelloAsync() =>
        SendTextAsync("""{"type":"hello","num_connections":1,"debug_info":{"host":"applink-standin","approximate_connection_time":18060}}""");

    public Task SendDisconnectAsync(string reason) =>
        SendTextAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "applink-standin" } }.ToJsonString());

    public Task SendEnvelopeAsync(string type, string envelopeId, JsonObject? payload = null, bool acceptsResponsePayload = false,
        int? retryAttempt = null, string? retryReason = null)
    {
        var frame = new JsonObject
        {
            ["envelope_id"] = envelopeId,
            ["type"] = type,
            ["payload"] = payload ?? new JsonObject { ["type"] = "event_callback" },
            ["accepts_response_payload"] = acceptsResponsePayload,
        };
        if (retryAttempt is { } attempt)
        {
            frame["retry_attempt"] = attempt;
            frame["retry_reason"] = retryReason;
        }

        return SendTextAsync(frame.ToJsonString());
    }

    public Task SendTextAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text);

    public Task SendBinaryAsync(byte[] bytes) => SendAsync(bytes, WebSocketMessageType.Binary);

    /// <summary>The server starts the close handshake.</summary>
    public async Task CloseAsync()
    {
        _serverClosed = true;
        await _sendLock.WaitAsync();
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "stand-in closes", CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The connection drops without a close frame.</summary>
    public void Abort()
    {
        _serverClosed = true;
        if (_ended.Task.IsCompleted)
        {
            return;
        }

        try
        {
            _abort();
        }
        catch (ObjectDisposedException)
        {
            // The request ended meanwhile.
        }
    }

    /// <summary>Waits for the ack of <paramref name="envelopeId"/> on this socket.</summary>
    public async Task<JsonObject> WaitForAckAsync(string envelopeId, TimeSpan? timeout = null)
    {
        JsonObject? ack = null;
        await Eventually.TrueAsync(() => (ack = FindAck(envelopeId)) is not null, $"the ack of {envelopeId} on socket {Number}", timeout);
        return ack!;
    }

    public JsonObject? FindAck(string envelopeId) =>
        Received.FirstOrDefault(m => m["envelope_id"]?.GetValue<string>() == envelopeId);

    internal async Task RunAsync(CancellationToken aborted)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            using var message = new MemoryStream();
            while (true)
            {
                message.SetLength(0);
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, aborted);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (!_serverClosed)
                    {
                        _timeline($"client-closed {Number}");
                        _closedByClient.TrySetResult();
                        await _sendLock.WaitAsync(aborted);
                        try
                        {
                            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", aborted);
                        }
                        finally
                        {
                            _sendLock.Release();
                        }
                    }

                    return;
                }

                var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                if (JsonNode.Parse(text) is JsonObject received)
                {
                    lock (_receivedLock)
                    {
                        _received.Add(received);
                    }
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // The client went away without a close handshake.
        }
        finally
        {
            _timeline($"ended {Number}");
            _ended.TrySetResult();
        }
    }

    private async Task SendAsync(byte[] bytes, WebSocketMessageType type)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, type, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
