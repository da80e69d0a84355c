using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Protocol.SocketMode;

/// <summary>
/// A Slack Socket Mode client: opens a WebSocket URL with <c>apps.connections.open</c>, waits for <c>hello</c>,
/// hands every envelope to the <see cref="ISocketModeHandler"/> and acknowledges it on the socket that delivered it,
/// replaces the connection when Slack asks (keeping the old one reading until the new one said hello), and
/// reconnects with capped exponential backoff when a socket fails. Run it with <see cref="RunAsync"/>.
/// </summary>
public sealed class SocketModeClient : IAsyncDisposable
{
    private static readonly TimeSpan s_connectTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan s_helloTimeout = TimeSpan.FromSeconds(30);

    private readonly ISocketModeHandler _handler;
    private readonly SocketModeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SocketModeClient> _logger;
    private readonly Func<Uri, CancellationToken, Task<WebSocket>> _connect;
    private readonly ConnectionsOpenClient _opener;
    private readonly ReconnectBackoff _backoff;
    private readonly CancellationTokenSource _disposing = new();
    private readonly List<SocketModeConnection> _live = [];
    private readonly Lock _liveLock = new();
    private Task _running = Task.CompletedTask;
    private int _started;
    private int _nextConnectionId;
    private int _connectionsOpened;
    private volatile string? _stopReason;

    /// <summary>Creates a client; nothing happens until <see cref="RunAsync"/>.</summary>
    /// <param name="httpClient">Used for <c>apps.connections.open</c> only.</param>
    /// <param name="handler">Receives every envelope.</param>
    /// <param name="options">Token, API address, ack deadline and backoff.</param>
    /// <param name="timeProvider">Clock for every wait (ack deadline, backoff, timeouts).</param>
    /// <param name="logger">Never given the token.</param>
    /// <exception cref="ArgumentException">The token is not an app-level (<c>xapp-</c>) token, or a duration is not positive.</exception>
    public SocketModeClient(HttpClient httpClient, ISocketModeHandler handler, SocketModeOptions options,
        TimeProvider timeProvider, ILogger<SocketModeClient> logger)
        : this(httpClient, handler, options, timeProvider, logger, SocketModeWebSocket.ConnectAsync, random: null)
    {
    }

    internal SocketModeClient(HttpClient httpClient, ISocketModeHandler handler, SocketModeOptions options,
        TimeProvider timeProvider, ILogger<SocketModeClient> logger,
        Func<Uri, CancellationToken, Task<WebSocket>> connect, Func<double>? random)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        if (!options.AppToken.StartsWith("xapp-", StringComparison.Ordinal))
        {
            throw new ArgumentException("Socket Mode needs an app-level token (it starts with 'xapp-').", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.AckDeadline, TimeSpan.Zero, nameof(options));
        _handler = handler;
        _options = options;
        _time = timeProvider;
        _logger = logger;
        _connect = connect;
        _opener = new ConnectionsOpenClient(httpClient, options, timeProvider);
        _backoff = new ReconnectBackoff(options.InitialBackoff, options.MaxBackoff, random);
    }

    /// <summary>True while at least one socket has said hello and is still open.</summary>
    public bool IsConnected
    {
        get
        {
            lock (_liveLock)
            {
                return _live.Exists(c => c.IsReady);
            }
        }
    }

    /// <summary>How many sockets have said hello since the client was created.</summary>
    public int ConnectionsOpened => Volatile.Read(ref _connectionsOpened);

    /// <summary>
    /// Why the client stopped for good (an <c>apps.connections.open</c> error such as <c>invalid_auth</c>, or
    /// <c>link_disabled</c>); null while running or when it was cancelled.
    /// </summary>
    public string? StopReason => _stopReason;

    /// <summary>
    /// Connects and keeps connected until Slack refuses the app for good (see <see cref="StopReason"/>) or the token
    /// is cancelled; returns normally in both cases. Can be called once.
    /// </summary>
    public Task RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("A SocketModeClient runs once.");
        }

        ObjectDisposedException.ThrowIf(_disposing.IsCancellationRequested, this);
        _running = RunCoreAsync(cancellationToken);
        return _running;
    }

    /// <summary>Stops the run loop and closes every socket.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposing.IsCancellationRequested)
        {
            return;
        }

        await _disposing.CancelAsync().ConfigureAwait(false);
        await _running.ConfigureAwait(false);
        _disposing.Dispose();
    }

    private async Task RunCoreAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposing.Token);
        var stopping = linked.Token;
        try
        {
            var current = await EstablishAsync(stopping).ConfigureAwait(false);
            while (current is not null)
            {
                current = await SuperviseAsync(current, stopping).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            _logger.LogInformation("Socket Mode client stopping");
        }
        finally
        {
            // Handlers still running are told to give up; their acks (without payload) go out before the sockets close.
            await linked.CancelAsync().ConfigureAwait(false);
            SocketModeConnection[] remaining;
            lock (_liveLock)
            {
                remaining = [.. _live];
            }

            await Task.WhenAll(remaining.Select(c => CloseAsync(c, "client stopping"))).ConfigureAwait(false);
        }
    }

    /// <summary>Watches a connected socket; returns its replacement, or null when the client stops for good.</summary>
    private async Task<SocketModeConnection?> SuperviseAsync(SocketModeConnection current, CancellationToken stopping)
    {
        await Task.WhenAny(current.Completion, current.DisconnectRequested).WaitAsync(stopping).ConfigureAwait(false);
        if (!current.DisconnectRequested.IsCompleted)
        {
            _logger.LogWarning("Socket Mode connection #{Id} ended; reconnecting", current.Id);
            await CloseAsync(current, "connection ended").ConfigureAwait(false);
            await DelayAsync(_backoff.Next(), stopping).ConfigureAwait(false);
            return await EstablishAsync(stopping).ConfigureAwait(false);
        }

        var reason = await current.DisconnectRequested.ConfigureAwait(false);
        switch (reason)
        {
            case "link_disabled":
                Stop(reason, "Slack disabled Socket Mode for this app (link_disabled); Socket Mode client stopped. Turn Socket Mode back on in the app settings and restart.");
                await CloseAsync(current, reason).ConfigureAwait(false);
                return null;
            case "too_many_websockets":
                // Free our slot before asking for another one.
                _logger.LogWarning("Socket Mode: Slack reports too many open WebSockets for this app; closing connection #{Id} before reconnecting", current.Id);
                await CloseAsync(current, reason).ConfigureAwait(false);
                await DelayAsync(_backoff.Next(), stopping).ConfigureAwait(false);
                return await EstablishAsync(stopping).ConfigureAwait(false);
            default:
                // refresh_requested, warning, or a reason we do not know: overlap, so nothing sent meanwhile is lost.
                _logger.LogInformation("Socket Mode: replacing connection #{Id} ({Reason}); it keeps reading until the new one says hello",
                    current.Id, reason);
                var next = await EstablishAsync(stopping).ConfigureAwait(false);
                await CloseAsync(current, "replaced").ConfigureAwait(false);
                return next;
        }
    }

    /// <summary>Gets a URL, connects and waits for hello, retrying with backoff; null when the client must stop.</summary>
    private async Task<SocketModeConnection?> EstablishAsync(CancellationToken stopping)
    {
        while (true)
        {
            stopping.ThrowIfCancellationRequested();
            var url = await OpenUrlAsync(stopping).ConfigureAwait(false);
            if (url is null)
            {
                return null;
            }

            var socket = await ConnectAsync(url, stopping).ConfigureAwait(false);
            if (socket is not null)
            {
                var connection = new SocketModeConnection(Interlocked.Increment(ref _nextConnectionId), socket, _handler,
                    _options.AckDeadline, _time, _logger, stopping);
                lock (_liveLock)
                {
                    _live.Add(connection);
                }

                connection.Start();
                var failure = await AwaitHelloAsync(connection, stopping).ConfigureAwait(false);
                if (failure is null)
                {
                    Interlocked.Increment(ref _connectionsOpened);
                    connection.PutInService();
                    _backoff.Reset();
                    _logger.LogInformation("Socket Mode connected (connection #{Id})", connection.Id);
                    return connection;
                }

                await CloseAsync(connection, "no hello").ConfigureAwait(false);
                if (failure == "link_disabled")
                {
                    Stop(failure, "Slack disabled Socket Mode for this app (link_disabled); Socket Mode client stopped. Turn Socket Mode back on in the app settings and restart.");
                    return null;
                }

                _logger.LogWarning("Socket Mode connection #{Id} did not become ready ({Failure}); retrying", connection.Id, failure);
            }

            await DelayAsync(_backoff.Next(), stopping).ConfigureAwait(false);
        }
    }

    /// <summary>Calls <c>apps.connections.open</c> until it gives a URL; null on an unrecoverable error.</summary>
    private async Task<Uri?> OpenUrlAsync(CancellationToken stopping)
    {
        while (true)
        {
            switch (await _opener.OpenAsync(stopping).ConfigureAwait(false))
            {
                case ConnectionsOpenResult.Opened opened:
                    return opened.Url;
                case ConnectionsOpenResult.Unrecoverable refused:
                    Stop(refused.Error, $"Slack refused the app-level token ({refused.Error}); Socket Mode client stopped for good. Check SocketModeOptions.AppToken (an xapp- token with connections:write) and restart.");
                    return null;
                case ConnectionsOpenResult.Retry retry:
                    var delay = _backoff.Next();
                    if (retry.RetryAfter is { } retryAfter && retryAfter > delay)
                    {
                        delay = retryAfter;
                    }

                    _logger.LogWarning("Socket Mode: apps.connections.open failed ({Error}); retrying in {Delay}", retry.Error, delay);
                    await DelayAsync(delay, stopping).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task<WebSocket?> ConnectAsync(Uri url, CancellationToken stopping)
    {
        using var timeout = new CancellationTokenSource(s_connectTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token);
        try
        {
            return await _connect(url, linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested)
        {
            // The URL carries a connection ticket: log its host only.
            _logger.LogWarning("Socket Mode: could not connect to {Host}: {Error}", url.Host, ex.Message);
            return null;
        }
    }

    /// <summary>Null once hello arrived; otherwise why the socket is not usable.</summary>
    private async Task<string?> AwaitHelloAsync(SocketModeConnection connection, CancellationToken stopping)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var timeout = Task.Delay(s_helloTimeout, _time, timer.Token);
        await Task.WhenAny(connection.Hello, connection.Completion, connection.DisconnectRequested, timeout).ConfigureAwait(false);
        await timer.CancelAsync().ConfigureAwait(false);
        stopping.ThrowIfCancellationRequested();
        if (connection.Hello.IsCompleted)
        {
            return null;
        }

        if (connection.DisconnectRequested.IsCompleted)
        {
            return await connection.DisconnectRequested.ConfigureAwait(false);
        }

        return connection.Completion.IsCompleted ? "closed before hello" : $"no hello within {s_helloTimeout}";
    }

    private async Task CloseAsync(SocketModeConnection connection, string description)
    {
        await connection.CloseAsync(description).ConfigureAwait(false);
        lock (_liveLock)
        {
            _live.Remove(connection);
        }
    }

    private Task DelayAsync(TimeSpan delay, CancellationToken stopping) => Task.Delay(delay, _time, stopping);

    private void Stop(string reason, string message)
    {
        _stopReason = reason;
        _logger.LogError("{Message}", message);
    }
}
