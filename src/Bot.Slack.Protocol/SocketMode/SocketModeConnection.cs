using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Protocol.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: reads frames until it closes, reports hello and disconnect requests, and hands each
/// envelope to the handler, acknowledging it on this same socket within the ack deadline whatever the handler does.
/// </summary>
internal sealed class SocketModeConnection
{
    private const int ReceiveBufferBytes = 16 * 1024;
    private const int MaxMessageBytes = 16 * 1024 * 1024;
    private static readonly TimeSpan s_closeTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan s_sendTimeout = TimeSpan.FromSeconds(5);

    private readonly WebSocket _socket;
    private readonly ISocketModeHandler _handler;
    private readonly TimeSpan _ackDeadline;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationToken _stopping;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _abort = new();
    private readonly TaskCompletionSource _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _disconnect = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<long, Task> _pendingAcks = new();
    private Task _receiving = Task.CompletedTask;
    private long _ackSequence;
    private int _closing;
    private int _inService;

    /// <param name="stopping">Cancelled when the client stops; passed on to the handler.</param>
    public SocketModeConnection(int id, WebSocket socket, ISocketModeHandler handler, TimeSpan ackDeadline,
        TimeProvider timeProvider, ILogger logger, CancellationToken stopping)
    {
        Id = id;
        _socket = socket;
        _handler = handler;
        _ackDeadline = ackDeadline;
        _time = timeProvider;
        _logger = logger;
        _stopping = stopping;
    }

    /// <summary>Sequence number, for logs.</summary>
    public int Id { get; }

    /// <summary>Completes when Slack has said hello on this socket.</summary>
    public Task Hello => _hello.Task;

    /// <summary>Completes with the reason of the first <c>disconnect</c> frame.</summary>
    public Task<string> DisconnectRequested => _disconnect.Task;

    /// <summary>Completes (never faults) when the socket has stopped reading: closed, failed or aborted.</summary>
    public Task Completion => _receiving;

    /// <summary>Taken into service by the client (after hello), still reading, and not being closed by us.</summary>
    public bool IsReady => Volatile.Read(ref _inService) == 1 && !_receiving.IsCompleted && Volatile.Read(ref _closing) == 0;

    /// <summary>The client counts this connection as its own from now on (it said hello).</summary>
    public void PutInService() => Volatile.Write(ref _inService, 1);

    public void Start() => _receiving = Task.Run(ReceiveLoopAsync);

    /// <summary>
    /// Closes gracefully: lets in-flight acks go out, sends the close frame, waits briefly for Slack's, then aborts.
    /// Safe to call on a socket that has already failed.
    /// </summary>
    public async Task CloseAsync(string description)
    {
        Volatile.Write(ref _closing, 1);
        _logger.LogDebug("Socket Mode connection #{Id}: closing ({Description})", Id, description);
        await DrainAcksAsync().ConfigureAwait(false);
        await CloseOutputAsync(description).ConfigureAwait(false);
        try
        {
            await _receiving.WaitAsync(s_closeTimeout, _time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _logger.LogDebug("Socket Mode connection #{Id} did not answer the close frame; aborting it", Id);
            await _abort.CancelAsync().ConfigureAwait(false);
            _socket.Abort();
            await _receiving.ConfigureAwait(false);
        }

        _socket.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[ReceiveBufferBytes];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                message.SetLength(0);
                var tooLarge = false;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer.AsMemory(), _abort.Token).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        if (Volatile.Read(ref _closing) == 0)
                        {
                            _logger.LogInformation("Socket Mode connection #{Id} was closed by the server ({Status} {Description})",
                                Id, _socket.CloseStatus, _socket.CloseStatusDescription);
                            await CloseOutputAsync("closed by the server").ConfigureAwait(false);
                        }
                        else
                        {
                            _logger.LogDebug("Socket Mode connection #{Id}: close handshake completed", Id);
                        }

                        return;
                    }

                    tooLarge |= message.Length + result.Count > MaxMessageBytes;
                    if (!tooLarge)
                    {
                        message.Write(buffer, 0, result.Count);
                    }
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Binary)
                {
                    _logger.LogDebug("Socket Mode connection #{Id}: ignored a binary frame", Id);
                }
                else if (tooLarge)
                {
                    _logger.LogWarning("Socket Mode connection #{Id}: ignored a frame larger than {Max} bytes", Id, MaxMessageBytes);
                }
                else
                {
                    OnText(message.GetBuffer().AsMemory(0, (int)message.Length));
                }
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            _logger.LogDebug("Socket Mode connection #{Id}: reading stopped", Id);
        }
        catch (Exception ex)
        {
            _logger.LogWarning("Socket Mode connection #{Id} failed: {Error}", Id, ex.Message);
        }
    }

    private void OnText(ReadOnlyMemory<byte> utf8)
    {
        switch (SocketModeFrame.Parse(utf8))
        {
            case SocketModeFrame.Hello hello:
                _logger.LogInformation("Socket Mode connection #{Id}: hello (Slack counts {Connections} connections)",
                    Id, hello.NumConnections);
                _hello.TrySetResult();
                break;
            case SocketModeFrame.Disconnect disconnect:
                _logger.LogInformation("Socket Mode connection #{Id}: Slack asks to disconnect ({Reason})", Id, disconnect.Reason);
                _disconnect.TrySetResult(disconnect.Reason);
                break;
            case SocketModeFrame.Envelope envelope:
                _logger.LogDebug("Socket Mode connection #{Id}: envelope {EnvelopeId} ({Type}, retry {RetryAttempt})",
                    Id, envelope.Value.EnvelopeId, envelope.Value.Type, envelope.Value.RetryAttempt);
                Track(AcknowledgeAsync(envelope.Value));
                break;
            case SocketModeFrame.Ignored ignored:
                _logger.LogDebug("Socket Mode connection #{Id}: ignored a frame ({Why})", Id, ignored.Why);
                break;
        }
    }

    private void Track(Task acknowledging)
    {
        var key = Interlocked.Increment(ref _ackSequence);
        _pendingAcks[key] = acknowledging;
        _ = acknowledging.ContinueWith(_ => _pendingAcks.TryRemove(key, out Task? _), CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Races the handler against the ack deadline, then acks (with the handler's payload only if it won).</summary>
    private async Task AcknowledgeAsync(SocketModeEnvelope envelope)
    {
        // Task.Run: a handler that blocks before its first await must not hold the ack back either.
        var handling = Task.Run(() => InvokeHandlerAsync(envelope));
        JsonObject? payload = null;
        using (var timer = new CancellationTokenSource())
        {
            var deadline = Task.Delay(_ackDeadline, _time, timer.Token);
            if (await Task.WhenAny(handling, deadline).ConfigureAwait(false) == handling)
            {
                payload = await handling.ConfigureAwait(false);
            }
            else
            {
                _logger.LogWarning("Socket Mode: the handler took longer than {Deadline} for envelope {EnvelopeId} ({Type}); acknowledging it without a payload",
                    _ackDeadline, envelope.EnvelopeId, envelope.Type);
            }

            await timer.CancelAsync().ConfigureAwait(false);
        }

        if (payload is not null && !envelope.AcceptsResponsePayload)
        {
            _logger.LogDebug("Socket Mode: envelope {EnvelopeId} ({Type}) does not accept a response payload; sending it anyway",
                envelope.EnvelopeId, envelope.Type);
        }

        await SendAckAsync(envelope, EnvelopeAck.Serialize(envelope.EnvelopeId, payload)).ConfigureAwait(false);
    }

    private async Task<JsonObject?> InvokeHandlerAsync(SocketModeEnvelope envelope)
    {
        try
        {
            return await _handler.HandleAsync(envelope, _stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Socket Mode: the handler failed on envelope {EnvelopeId} ({Type}); it is acknowledged without a payload",
                envelope.EnvelopeId, envelope.Type);
            return null;
        }
    }

    private async Task SendAckAsync(SocketModeEnvelope envelope, ReadOnlyMemory<byte> ack)
    {
        try
        {
            using var timeout = new CancellationTokenSource(s_sendTimeout, _time);
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
                {
                    _logger.LogWarning("Socket Mode connection #{Id} is {State}: envelope {EnvelopeId} could not be acknowledged (Slack will retry it)",
                        Id, _socket.State, envelope.EnvelopeId);
                    return;
                }

                await _socket.SendAsync(ack, WebSocketMessageType.Text, endOfMessage: true, timeout.Token).ConfigureAwait(false);
                _logger.LogDebug("Socket Mode connection #{Id}: acknowledged envelope {EnvelopeId}", Id, envelope.EnvelopeId);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
        {
            _logger.LogWarning("Socket Mode connection #{Id}: envelope {EnvelopeId} could not be acknowledged: {Error}",
                Id, envelope.EnvelopeId, ex.Message);
        }
    }

    private async Task DrainAcksAsync()
    {
        var pending = _pendingAcks.Values.ToArray();
        if (pending.Length == 0)
        {
            return;
        }

        try
        {
            await Task.WhenAll(pending).WaitAsync(_ackDeadline + s_sendTimeout, _time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("Socket Mode connection #{Id}: closing with {Count} acknowledgements still pending", Id, pending.Length);
        }
    }

    private async Task CloseOutputAsync(string description)
    {
        try
        {
            using var timeout = new CancellationTokenSource(s_closeTimeout, _time);
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, description, timeout.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
        {
            _logger.LogDebug("Socket Mode connection #{Id}: close frame not sent: {Error}", Id, ex.Message);
        }
    }
}
