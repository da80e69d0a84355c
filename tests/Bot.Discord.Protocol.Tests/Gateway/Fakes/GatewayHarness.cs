using System.Net.WebSockets;
using Bot.Discord.Protocol.Gateway;

namespace Bot.Discord.Protocol.Tests.Gateway.Fakes;

/// <summary>
/// A <see cref="GatewayClient"/> running against a <see cref="FakeGateway"/>, with jitter fixed at 0.5 and
/// reconnect waits cut to milliseconds.
/// </summary>
public sealed class GatewayHarness : IAsyncDisposable
{
    public const string Token = "Bot.test-token-SECRET";
    public const double Jitter = 0.5;

    private readonly CancellationTokenSource _stop = new();
    private readonly List<Uri> _connectedTo = [];

    private GatewayHarness(FakeGateway gateway, GatewayOptions options, TimeProvider time)
    {
        Gateway = gateway;
        Client = new GatewayClient(options, Handler, Logger, time)
        {
            Connect = ConnectAsync,
            Random = () => Jitter,
            ReconnectDelay = TimeSpan.FromMilliseconds(10),
            MaxReconnectDelay = TimeSpan.FromMilliseconds(100),
            MinInvalidSessionDelay = TimeSpan.FromMilliseconds(10),
            MaxInvalidSessionDelay = TimeSpan.FromMilliseconds(20),
        };
        Handler.SequenceProbe = () => Client.Sequence;
    }

    public FakeGateway Gateway { get; }

    public GatewayClient Client { get; }

    public RecordingHandler Handler { get; } = new();

    public RecordingLogger<GatewayClient> Logger { get; } = new();

    public Task Run { get; private set; } = Task.CompletedTask;

    /// <summary>When set, connections to the resume URL fail as if it were unreachable.</summary>
    public bool RefuseResumeConnections { get; set; }

    /// <summary>The URLs the client opened, in order.</summary>
    public IReadOnlyList<Uri> ConnectedTo
    {
        get { lock (_connectedTo) { return [.. _connectedTo]; } }
    }

    public static async Task<GatewayHarness> StartAsync(
        TimeProvider? time = null,
        Action<FakeGateway>? gateway = null,
        Action<GatewayOptions>? options = null)
    {
        var fake = await FakeGateway.StartAsync();
        gateway?.Invoke(fake);
        var settings = new GatewayOptions { Token = Token, GatewayUrl = fake.GatewayUrl };
        options?.Invoke(settings);
        var harness = new GatewayHarness(fake, settings, time ?? TimeProvider.System);
        harness.Run = harness.Client.RunAsync(harness._stop.Token);
        return harness;
    }

    /// <summary>Waits for the first connection to be identified and READY.</summary>
    public async Task<FakeGatewayConnection> ReadyAsync()
    {
        var connection = await Gateway.WaitForConnectionAsync(1);
        await connection.WaitForFrameAsync(2);
        await Eventually.TrueAsync(() => Client.IsReady, "the client never became ready");
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Client.DisposeAsync();
        await Gateway.DisposeAsync();
        _stop.Dispose();
    }

    private async Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        lock (_connectedTo)
        {
            _connectedTo.Add(url);
        }

        if (RefuseResumeConnections && url.AbsolutePath == Gateway.ResumeUrl.AbsolutePath)
        {
            throw new WebSocketException(WebSocketError.Faulted, "the resume URL is unreachable");
        }

        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
