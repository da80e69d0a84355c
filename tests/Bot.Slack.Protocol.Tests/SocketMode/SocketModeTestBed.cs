using Bot.Slack.Protocol.SocketMode;

namespace Bot.Slack.Protocol.Tests.SocketMode;

/// <summary>A stand-in Slack, a client pointed at it, a scripted handler and captured logs; disposed client first.</summary>
public sealed class SocketModeTestBed : IAsyncDisposable
{
    /// <summary>Shaped like a real app-level token; its secret tail must never appear in a log.</summary>
    public const string AppToken = "xapp-1-A0STANDIN-1234567890-s3cr3tTokenTail";

    private readonly HttpClient _http = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _run = Task.CompletedTask;

    private SocketModeTestBed(SlackStandIn server, SocketModeOptions options, TimeProvider time, Func<double>? random)
    {
        Server = server;
        Options = options;
        Client = random is null
            ? new SocketModeClient(_http, Handler, options, time, Logs.CreateLogger<SocketModeClient>())
            : new SocketModeClient(_http, Handler, options, time, Logs.CreateLogger<SocketModeClient>(), SocketModeWebSocket.ConnectAsync, random);
    }

    public SlackStandIn Server { get; }

    public SocketModeOptions Options { get; }

    public ScriptedHandler Handler { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public SocketModeClient Client { get; }

    /// <summary>The client's <see cref="SocketModeClient.RunAsync"/> task, once <see cref="Run"/> was called.</summary>
    public Task Running => _run;

    /// <summary>
    /// Starts the stand-in and creates (but does not run) the client; small backoff unless told otherwise.
    /// <paramref name="random"/> fixes the backoff jitter.
    /// </summary>
    public static async Task<SocketModeTestBed> CreateAsync(TimeProvider? time = null, Action<SocketModeOptions>? configure = null,
        Func<double>? random = null)
    {
        var server = await SlackStandIn.StartAsync();
        var options = new SocketModeOptions
        {
            AppToken = AppToken,
            ApiBaseUrl = server.ApiBaseUrl,
            InitialBackoff = TimeSpan.FromMilliseconds(50),
            MaxBackoff = TimeSpan.FromMilliseconds(400),
        };
        configure?.Invoke(options);
        return new SocketModeTestBed(server, options, time ?? TimeProvider.System, random);
    }

    public void Run() => _run = Client.RunAsync(_stop.Token);

    /// <summary>Runs the client and waits until its first socket said hello.</summary>
    public async Task<StandInSocket> RunConnectedAsync()
    {
        Run();
        var socket = await Server.NextSocketAsync();
        await Eventually.TrueAsync(() => Client.IsConnected, "the client to be connected");
        return socket;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Eventually.CompletesAsync(_run, "RunAsync to return after cancellation", TimeSpan.FromSeconds(10));
        await Client.DisposeAsync();
        await Server.DisposeAsync();
        _http.Dispose();
        _stop.Dispose();
        Assert.DoesNotContain("s3cr3tTokenTail", Logs.All, StringComparison.Ordinal);
    }
}
