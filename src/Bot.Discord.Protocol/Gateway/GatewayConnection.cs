using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Protocol.Gateway;

/// <summary>
/// The life of one gateway connection: Hello, heartbeats, Identify or Resume, dispatches, until it ends with a
/// <see cref="GatewayDisconnect"/> saying what the next connection should do. The receive loop never awaits the
/// dispatch handler, so heartbeat ACKs are always read in time.
/// </summary>
internal sealed class GatewayConnection(
    GatewaySocket socket,
    GatewaySession session,
    GatewayOptions options,
    GatewayDispatchQueue dispatches,
    TimeProvider time,
    Func<double> random,
    ILogger logger)
{
    private static readonly TimeSpan s_closeTimeout = TimeSpan.FromSeconds(2);

    private readonly TaskCompletionSource<GatewayDisconnect> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private GatewayHeartbeat? _heartbeat;
    private Task _heartbeatLoop = Task.CompletedTask;
    private volatile bool _ready;

    /// <summary>READY or RESUMED arrived and the connection is still up.</summary>
    public bool IsReady => _ready;

    /// <summary>READY or RESUMED arrived at some point on this connection.</summary>
    public bool ReachedReady { get; private set; }

    public bool? HeartbeatAcknowledged => _heartbeat?.IsAcknowledged;

    public Task SendAsync(byte[] payload, CancellationToken cancellationToken) =>
        socket.SendAsync(payload, priority: false, cancellationToken);

    /// <summary>Runs until the connection ends; cancelling closes it with 1000 and returns a Stop.</summary>
    public async Task<GatewayDisconnect> RunAsync(bool resume, CancellationToken cancellationToken)
    {
        using var stop = new CancellationTokenSource();
        using var registration = cancellationToken.Register(() => End(GatewayDisconnect.Shutdown()));
        var receiveLoop = ReceiveLoopAsync(resume, stop.Token);

        var outcome = await _ended.Task.ConfigureAwait(false);
        _ready = false;
        await CloseAsync(outcome, receiveLoop).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        socket.Abort();
        await receiveLoop.ConfigureAwait(false);
        await _heartbeatLoop.ConfigureAwait(false);
        return outcome;
    }

    private void End(GatewayDisconnect disconnect) => _ended.TrySetResult(disconnect);

    private async Task ReceiveLoopAsync(bool resume, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var frame = await socket.ReceiveAsync(cancellationToken).ConfigureAwait(false);
                if (frame is null)
                {
                    End(GatewayDisconnect.Closed(socket.CloseStatus));
                    return;
                }

                if (!_ended.Task.IsCompleted)
                {
                    await HandleAsync(frame, resume, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            End(GatewayDisconnect.Dropped(exception));
        }
    }

    private async Task HandleAsync(GatewayFrame frame, bool resume, CancellationToken cancellationToken)
    {
        switch (frame.Opcode)
        {
            case GatewayOpcode.Hello:
                StartHeartbeat(frame.Data, cancellationToken);
                await SendHandshakeAsync(resume, cancellationToken).ConfigureAwait(false);
                break;
            case GatewayOpcode.HeartbeatAck:
                _heartbeat?.Acknowledge();
                break;
            case GatewayOpcode.Heartbeat:
                logger.LogDebug("The gateway asked for a heartbeat");
                await (_heartbeat?.BeatNowAsync(cancellationToken) ?? SendHeartbeatAsync(cancellationToken)).ConfigureAwait(false);
                break;
            case GatewayOpcode.Dispatch:
                OnDispatch(frame);
                break;
            case GatewayOpcode.Reconnect:
                End(GatewayDisconnect.ReconnectRequested());
                break;
            case GatewayOpcode.InvalidSession:
                End(GatewayDisconnect.InvalidSession(resumable: frame.Data.ValueKind == JsonValueKind.True));
                break;
            default:
                logger.LogDebug("Ignoring gateway opcode {Opcode}", frame.Opcode);
                break;
        }
    }

    private void StartHeartbeat(JsonElement hello, CancellationToken cancellationToken)
    {
        if (_heartbeat is not null)
        {
            return;
        }

        var interval = TimeSpan.FromMilliseconds(hello.GetProperty("heartbeat_interval").GetDouble());
        var jitter = random();
        logger.LogDebug("Hello: heartbeat every {Interval}, first after {FirstDelay}", interval, interval * jitter);
        _heartbeat = new GatewayHeartbeat(interval, jitter, time, SendHeartbeatAsync);
        _heartbeatLoop = HeartbeatLoopAsync(_heartbeat, cancellationToken);
    }

    private async Task HeartbeatLoopAsync(GatewayHeartbeat heartbeat, CancellationToken cancellationToken)
    {
        try
        {
            await heartbeat.RunAsync(cancellationToken).ConfigureAwait(false);
            End(GatewayDisconnect.Zombied());
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            End(GatewayDisconnect.Dropped(exception));
        }
    }

    private Task SendHeartbeatAsync(CancellationToken cancellationToken) =>
        socket.SendAsync(GatewayCommands.Heartbeat(session.Sequence), priority: true, cancellationToken);

    private async Task SendHandshakeAsync(bool resume, CancellationToken cancellationToken)
    {
        var sessionId = session.SessionId;
        if (resume && sessionId is not null)
        {
            var sequence = session.Sequence;
            logger.LogInformation("Resuming gateway session {SessionId} from sequence {Sequence}", sessionId, sequence);
            await socket.SendAsync(GatewayCommands.Resume(options.Token, sessionId, sequence), priority: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        session.Reset();
        logger.LogInformation(
            "Identifying as shard [{ShardId}, {ShardCount}] with intents {Intents}", options.ShardId, options.ShardCount, options.Intents);
        await socket.SendAsync(GatewayCommands.Identify(options), priority: true, cancellationToken).ConfigureAwait(false);
    }

    private void OnDispatch(GatewayFrame frame)
    {
        session.Observe(frame.Sequence);
        var eventName = frame.EventName ?? "";
        if (eventName == "READY")
        {
            var sessionId = frame.Data.GetProperty("session_id").GetString() ?? "";
            var resumeUrl = frame.Data.TryGetProperty("resume_gateway_url", out var url)
                && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var parsed) ? parsed : options.GatewayUrl;
            session.Ready(sessionId, resumeUrl);
            MarkReady();
            logger.LogInformation("Gateway READY: session {SessionId}, resume URL {ResumeUrl}", sessionId, resumeUrl);
        }
        else if (eventName == "RESUMED")
        {
            MarkReady();
            logger.LogInformation("Gateway session resumed at sequence {Sequence}", session.Sequence);
        }

        dispatches.Enqueue(eventName, frame.Data);
    }

    private void MarkReady()
    {
        _ready = true;
        ReachedReady = true;
    }

    private async Task CloseAsync(GatewayDisconnect outcome, Task receiveLoop)
    {
        using var timeout = new CancellationTokenSource(s_closeTimeout, time);
        try
        {
            if (outcome.CloseWith is int code)
            {
                await socket.CloseOutputAsync(code, code == GatewayCloseCodes.ClientNormal ? "closing" : "resuming", timeout.Token).ConfigureAwait(false);

                // Let the gateway answer, so our close frame is surely read before the socket goes.
                await Task.WhenAny(receiveLoop, Task.Delay(s_closeTimeout, time, timeout.Token)).ConfigureAwait(false);
            }
            else if (socket.CloseStatus is int received)
            {
                var echo = received == (int)WebSocketCloseStatus.Empty ? GatewayCloseCodes.ClientResuming : received;
                await socket.CloseOutputAsync(echo, "", timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            logger.LogDebug(exception, "The gateway close handshake did not complete");
        }
    }
}
