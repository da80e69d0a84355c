using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Protocol.Gateway;

/// <summary>
/// A Discord Gateway v10 client for one shard (JSON encoding, no compression). <see cref="RunAsync"/> connects,
/// identifies, heartbeats and hands every dispatch to the <see cref="IGatewayDispatchHandler"/>; it resumes after
/// op 7, zombied connections, resumable close codes and dropped sockets, identifies afresh after op 9 (false), 4007
/// and 4009, and stops for good, with <see cref="FatalError"/> set, on 4004, 4010–4014.
/// </summary>
public sealed class GatewayClient : IAsyncDisposable
{
    private readonly GatewayOptions _options;
    private readonly IGatewayDispatchHandler _handler;
    private readonly ILogger<GatewayClient> _logger;
    private readonly TimeProvider _time;
    private readonly GatewaySession _session = new();
    private readonly CancellationTokenSource _disposed = new();
    private volatile GatewayConnection? _connection;
    private volatile string? _fatalError;
    private Task _run = Task.CompletedTask;
    private int _started;
    private int _disposing;

    public GatewayClient(GatewayOptions options, IGatewayDispatchHandler handler, ILogger<GatewayClient> logger, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Token, nameof(options) + "." + nameof(options.Token));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.ShardCount, nameof(options) + "." + nameof(options.ShardCount));
        if (options.ShardId < 0 || options.ShardId >= options.ShardCount)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "ShardId must be in [0, ShardCount).");
        }

        _options = options;
        _handler = handler;
        _logger = logger;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The session id from READY, while a session is held.</summary>
    public string? SessionId => _session.SessionId;

    /// <summary>The last dispatch sequence number (<c>s</c>) received, sent in heartbeats and Resume.</summary>
    public int? Sequence => _session.Sequence;

    /// <summary>READY or RESUMED arrived on the current connection.</summary>
    public bool IsReady => _connection?.IsReady ?? false;

    /// <summary>Why the client stopped for good (e.g. 4004 authentication failed), or null.</summary>
    public string? FatalError => _fatalError;

    /// <summary>Opens the WebSocket; tests substitute a loopback one.</summary>
    internal Func<Uri, CancellationToken, Task<WebSocket>> Connect { get; init; } = ConnectClientWebSocketAsync;

    /// <summary>Uniform in [0, 1): heartbeat jitter and the Invalid Session wait.</summary>
    internal Func<double> Random { get; init; } = System.Random.Shared.NextDouble;

    /// <summary>First reconnect backoff; doubles over consecutive failures up to <see cref="MaxReconnectDelay"/>.</summary>
    internal TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    internal TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>After op 9 the docs ask for a random wait between 1 and 5 s.</summary>
    internal TimeSpan MinInvalidSessionDelay { get; init; } = TimeSpan.FromSeconds(1);

    internal TimeSpan MaxInvalidSessionDelay { get; init; } = TimeSpan.FromSeconds(5);

    internal bool? HeartbeatAcknowledged => _connection?.HeartbeatAcknowledged;

    /// <summary>Runs connections until cancelled (closing with 1000) or stopped by a fatal close code.</summary>
    public Task RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            throw new InvalidOperationException("The gateway client is already running.");
        }

        _run = RunCoreAsync(cancellationToken);
        return _run;
    }

    /// <summary>
    /// Sends a gateway command (e.g. op 3 Presence Update) on the ready connection. Payloads over 4096 bytes throw
    /// <see cref="GatewayPayloadTooLargeException"/> and are not sent; sends wait to stay under 120 per minute.
    /// </summary>
    public async Task SendAsync(int opcode, JsonElement data, CancellationToken cancellationToken)
    {
        var payload = GatewayCommands.Custom(opcode, data);
        GatewaySocket.EnsureWithinLimit(payload);
        var connection = _connection;
        if (connection is null || !connection.IsReady)
        {
            throw new InvalidOperationException("The gateway session is not ready.");
        }

        await connection.SendAsync(payload, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops <see cref="RunAsync"/> (closing with 1000) and waits for it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposing, 1) == 1)
        {
            return;
        }

        await _disposed.CancelAsync().ConfigureAwait(false);
        try
        {
            await _run.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _disposed.Dispose();
    }

    private async Task RunCoreAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposed.Token);
        var stopping = linked.Token;
        var dispatches = new GatewayDispatchQueue(_handler, _logger);
        var pump = Task.Run(() => dispatches.RunAsync(stopping), CancellationToken.None);
        var failures = 0;
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var (disconnect, reachedReady) = await RunConnectionAsync(dispatches, stopping).ConfigureAwait(false);
                if (stopping.IsCancellationRequested)
                {
                    return;
                }

                if (disconnect.Next == GatewayCloseAction.Stop)
                {
                    _fatalError = $"Discord gateway stopped, not reconnecting: {disconnect.Reason}.";
                    _logger.LogCritical("{FatalError}", _fatalError);
                    return;
                }

                if (disconnect.Next == GatewayCloseAction.Identify)
                {
                    _session.Reset();
                }

                failures = reachedReady ? 0 : failures;
                var delay = DelayFor(disconnect.Delay, failures++);
                _logger.Log(
                    disconnect.Delay == GatewayReconnectDelay.Immediate ? LogLevel.Information : LogLevel.Warning,
                    "Gateway connection ended ({Reason}); {Next} in {Delay}",
                    disconnect.Reason,
                    _session.CanResume ? "resuming" : "identifying",
                    delay);
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, _time, stopping).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        finally
        {
            dispatches.Complete();
            await pump.ConfigureAwait(false);
        }
    }

    private async Task<(GatewayDisconnect Disconnect, bool ReachedReady)> RunConnectionAsync(GatewayDispatchQueue dispatches, CancellationToken cancellationToken)
    {
        var resume = _session.CanResume;
        var url = GatewayUri.ForConnection(resume ? _session.ResumeUrl! : _options.GatewayUrl);
        WebSocket webSocket;
        try
        {
            _logger.LogInformation("Connecting to the Discord gateway at {Url}", url);
            webSocket = await Connect(url, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Docs: if reconnecting to resume fails, open a new connection to the gateway URL and identify.
            var dropped = GatewayDisconnect.Dropped(exception);
            return (resume ? dropped with { Next = GatewayCloseAction.Identify } : dropped, false);
        }

        using var socket = new GatewaySocket(webSocket, new GatewaySendLimiter(_time));
        var connection = new GatewayConnection(socket, _session, _options, dispatches, _time, Random, _logger);
        _connection = connection;
        try
        {
            var disconnect = await connection.RunAsync(resume, cancellationToken).ConfigureAwait(false);
            return (disconnect, connection.ReachedReady);
        }
        finally
        {
            _connection = null;
        }
    }

    private TimeSpan DelayFor(GatewayReconnectDelay kind, int failures) => kind switch
    {
        GatewayReconnectDelay.InvalidSession => MinInvalidSessionDelay + ((MaxInvalidSessionDelay - MinInvalidSessionDelay) * Random()),
        GatewayReconnectDelay.Immediate when failures == 0 => TimeSpan.Zero,
        _ => Backoff(failures),
    };

    private TimeSpan Backoff(int failures)
    {
        var delay = ReconnectDelay * Math.Pow(2, Math.Min(failures, 16));
        return delay < MaxReconnectDelay ? delay : MaxReconnectDelay;
    }

    private static async Task<WebSocket> ConnectClientWebSocketAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
