using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Bot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Slack.Protocol.Tests.SocketMode;

/// <summary>
/// A loopback stand-in of Slack for Socket Mode: <c>POST /api/apps.connections.open</c> (scripted replies, recorded
/// requests; by default <c>{ok:true,url}</c>) and the WebSocket endpoint that URL points to (the test drives each socket).
/// </summary>
public sealed class SlackStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<OpenReply> _replies = new();
    private readonly List<OpenRequest> _openRequests = [];
    private readonly List<StandInSocket> _sockets = [];
    private readonly List<string> _timeline = [];
    private readonly Lock _lock = new();
    private readonly Channel<StandInSocket> _accepted = Channel.CreateUnbounded<StandInSocket>();
    private int _port;
    private int _linkCount;

    private SlackStandIn(WebApplication app) => _app = app;

    /// <summary>What the client should use as <c>SocketModeOptions.ApiBaseUrl</c>.</summary>
    public Uri ApiBaseUrl => new($"http://127.0.0.1:{_port}/api/");

    /// <summary>Whether each newly accepted socket gets <c>hello</c> at once (set false to send it by hand).</summary>
    public bool AutoHello { get; set; } = true;

    /// <summary>Stamps <see cref="OpenRequest.At"/>; point it at a FakeTimeProvider to measure the client's waits.</summary>
    public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

    public IReadOnlyList<OpenRequest> OpenRequests => Snapshot(_openRequests);

    public IReadOnlyList<StandInSocket> Sockets => Snapshot(_sockets);

    /// <summary>What happened, in order: <c>open N</c>, <c>accept N</c>, <c>client-closed N</c>, <c>ended N</c>.</summary>
    public IReadOnlyList<string> Timeline => Snapshot(_timeline);

    public static async Task<SlackStandIn> StartAsync()
    {
        SlackStandIn? standIn = null;
        var (app, baseUrl) = await LoopbackHost.StartAsync(app =>
        {
            app.UseWebSockets();
            app.Run(context => standIn!.HandleAsync(context));
        });
        standIn = new SlackStandIn(app) { _port = baseUrl.Port };
        return standIn;
    }

    /// <summary>Queues replies for the next <c>apps.connections.open</c> calls; once empty, calls get a fresh URL.</summary>
    public void EnqueueOpenReplies(params OpenReply[] replies)
    {
        foreach (var reply in replies)
        {
            _replies.Enqueue(reply);
        }
    }

    /// <summary>The next socket the stand-in accepts (in order).</summary>
    public async Task<StandInSocket> NextSocketAsync(TimeSpan? timeout = null)
    {
        try
        {
            return await _accepted.Reader.ReadAsync().AsTask().WaitAsync(timeout ?? Eventually.DefaultTimeout);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"No new socket; timeline: {string.Join(", ", Timeline)}");
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var socket in Sockets)
        {
            socket.Abort();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Path == "/api/apps.connections.open")
        {
            await OpenAsync(context);
        }
        else if (context.Request.Path.StartsWithSegments("/link") && context.WebSockets.IsWebSocketRequest)
        {
            await AcceptAsync(context);
        }
        else
        {
            context.Response.StatusCode = 404;
        }
    }

    private async Task OpenAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        int number;
        lock (_lock)
        {
            _openRequests.Add(new OpenRequest(context.Request.Method, context.Request.Headers.Authorization.ToString(),
                context.Request.ContentType, body, Clock()));
            number = _openRequests.Count;
            _timeline.Add($"open {number}");
        }

        if (context.Request.Method != HttpMethods.Post)
        {
            context.Response.StatusCode = 405;
            return;
        }

        var reply = _replies.TryDequeue(out var scripted)
            ? scripted
            : new OpenReply(200, new JsonObject { ["ok"] = true, ["url"] = $"ws://127.0.0.1:{_port}/link/{number}?ticket=t{number}" }.ToJsonString());
        context.Response.StatusCode = reply.StatusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        if (reply.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsync(reply.Body);
    }

    private async Task AcceptAsync(HttpContext context)
    {
        var webSocket = await context.WebSockets.AcceptWebSocketAsync();
        StandInSocket socket;
        lock (_lock)
        {
            _linkCount++;
            socket = new StandInSocket(_linkCount, webSocket, context.Abort, AddToTimeline);
            _sockets.Add(socket);
            _timeline.Add($"accept {_linkCount}");
        }

        var running = socket.RunAsync(context.RequestAborted);
        if (AutoHello)
        {
            await socket.SendHelloAsync();
        }

        _accepted.Writer.TryWrite(socket);
        await running;
    }

    private void AddToTimeline(string entry)
    {
        lock (_lock)
        {
            _timeline.Add(entry);
        }
    }

    private IReadOnlyList<T> Snapshot<T>(List<T> list)
    {
        lock (_lock)
        {
            return [.. list];
        }
    }
}
