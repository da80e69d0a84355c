using System.Collections.Concurrent;
using Bot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Discord.Protocol.Tests.Gateway.Fakes;

/// <summary>
/// A loopback stand-in for Discord's gateway (Kestrel on 127.0.0.1:0): every WebSocket gets Hello, Identify gets
/// READY (with <c>resume_gateway_url</c> pointing back here at <c>/resume</c>), Resume gets RESUMED, heartbeats get
/// ACKs unless withheld. Tests script the rest per connection and read what each connection received.
/// </summary>
public sealed class FakeGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeGatewayConnection> _connections = new();
    private int _sequence;
    private int _sessions;

    private FakeGateway(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public Uri GatewayUrl => new(BaseUrl, "gateway");

    public Uri ResumeUrl => new(BaseUrl, "resume");

    public int HeartbeatIntervalMs { get; set; } = 600_000;

    public bool AckHeartbeats { get; set; } = true;

    public bool ReadyOnIdentify { get; set; } = true;

    public IReadOnlyList<FakeGatewayConnection> Connections => [.. _connections];

    public static async Task<FakeGateway> StartAsync()
    {
        FakeGateway? gateway = null;
        var (app, baseUrl) = await LoopbackHost.StartAsync(app =>
        {
            app.UseWebSockets();
            app.Run(context => gateway!.AcceptAsync(context));
        });
        gateway = new FakeGateway(app) { BaseUrl = new Uri(baseUrl.ToString().Replace("http://", "ws://", StringComparison.Ordinal)) };
        return gateway;
    }

    public int NextSequence() => Interlocked.Increment(ref _sequence);

    /// <summary>A new session: sequences start over, as Discord's do.</summary>
    public string StartSession()
    {
        Interlocked.Exchange(ref _sequence, 0);
        return "session-" + Interlocked.Increment(ref _sessions);
    }

    /// <summary>The <paramref name="number"/>th connection (1-based), once it has been opened.</summary>
    public async Task<FakeGatewayConnection> WaitForConnectionAsync(int number)
    {
        await Eventually.TrueAsync(() => _connections.Count >= number, $"connection #{number} was never opened");
        return Connections[number - 1];
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            connection.Abort();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(this, socket, context.Request.Path + context.Request.QueryString, context.Abort);
        _connections.Enqueue(connection);
        await connection.SendAsync(new { op = 10, d = new { heartbeat_interval = HeartbeatIntervalMs } });
        await connection.RunAsync(context.RequestAborted);
    }
}
