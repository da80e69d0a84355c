using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Bot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Slack.Tests.FakeSlack;

/// <summary>
/// A loopback stand-in for Slack's Web API (<c>/api/{method}</c>) and for <c>response_url</c>s (<c>/response/{id}</c>),
/// answering as Slack does (HTTP 200 with <c>ok</c>), scriptable per method, recording every call.
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    public const string BotUserId = "UBOT1";
    public const string BotId = "BBOT1";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SlackCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpContext, Task>>> _scripts = new(StringComparer.Ordinal);
    private int _ts;

    private FakeSlackApi(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<SlackCall> Calls => [.. _calls];

    public static async Task<FakeSlackApi> StartAsync()
    {
        FakeSlackApi? fake = null;
        var (app, baseUrl) = await LoopbackHost.StartAsync(app =>
        {
            app.UseWebSockets();
            app.Map("/socket", (HttpContext context) => fake!.HandleSocketAsync(context));
            app.MapPost("/api/{method}", (HttpContext context, string method) => fake!.HandleApiAsync(context, method));
            app.MapPost("/response/{id}", (HttpContext context, string id) => fake!.HandleResponseAsync(context, id));
        });
        fake = new FakeSlackApi(app) { BaseUrl = baseUrl };
        return fake;
    }

    public Uri ResponseUrl(string id) => new(BaseUrl, $"response/{id}");

    /// <summary>The next call to <paramref name="method"/> (or "response") gets this answer instead of ok.</summary>
    public void Script(string method, Func<HttpContext, Task> answer) =>
        _scripts.GetOrAdd(method, _ => new ConcurrentQueue<Func<HttpContext, Task>>()).Enqueue(answer);

    public void ScriptError(string method, string error) =>
        Script(method, context => context.Response.WriteAsJsonAsync(new { ok = false, error }));

    public void ScriptRateLimit(string method, int retryAfterSeconds) =>
        Script(method, context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });

    public IReadOnlyList<SlackCall> CallsTo(string method) => Calls.Where(c => c.Method == method).ToArray();

    /// <summary>Waits until <paramref name="count"/> calls to <paramref name="method"/> have arrived.</summary>
    public async Task<IReadOnlyList<SlackCall>> WaitForAsync(string method, int count = 1, int timeoutMs = 10_000)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (CallsTo(method).Count < count && DateTime.UtcNow < until)
        {
            await Task.Delay(20);
        }

        return CallsTo(method);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleApiAsync(HttpContext context, string method)
    {
        var call = await SlackCall.ReadAsync(context, method);
        _calls.Enqueue(call);
        if (_scripts.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted))
        {
            await scripted(context);
            return;
        }

        JsonObject result = method switch
        {
            "auth.test" => new() { ["ok"] = true, ["user_id"] = BotUserId, ["bot_id"] = BotId, ["team_id"] = "T1", ["user"] = "storybot" },
            "chat.postMessage" => new() { ["ok"] = true, ["channel"] = call.Json?["channel"]?.GetValue<string>(), ["ts"] = $"1700000000.{Interlocked.Increment(ref _ts):D6}" },
            "apps.connections.open" => new() { ["ok"] = true, ["url"] = new Uri(BaseUrl, "socket").ToString().Replace("http", "ws", StringComparison.Ordinal) },
            "conversations.replies" => new() { ["ok"] = true, ["messages"] = new JsonArray() },
            _ => new() { ["ok"] = true },
        };
        await context.Response.WriteAsync(result.ToJsonString());
    }

    /// <summary>Envelopes the Socket Mode stand-in sends after <c>hello</c>; the acks it receives are in <see cref="SocketAcks"/>.</summary>
    public ConcurrentQueue<string> SocketEnvelopes { get; } = new();

    public ConcurrentQueue<string> SocketAcks { get; } = new();

    private async Task HandleSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await SendAsync(socket, """{"type":"hello","num_connections":1,"connection_info":{"app_id":"A1"}}""");
        while (SocketEnvelopes.TryDequeue(out var envelope))
        {
            await SendAsync(socket, envelope);
        }

        var buffer = new byte[64 * 1024];
        while (socket.State == System.Net.WebSockets.WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(buffer, context.RequestAborted);
            if (result.MessageType == System.Net.WebSockets.WebSocketMessageType.Close)
            {
                break;
            }

            SocketAcks.Enqueue(System.Text.Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
    }

    private static Task SendAsync(System.Net.WebSockets.WebSocket socket, string text) =>
        socket.SendAsync(System.Text.Encoding.UTF8.GetBytes(text), System.Net.WebSockets.WebSocketMessageType.Text, true, default);

    private async Task HandleResponseAsync(HttpContext context, string id)
    {
        _calls.Enqueue(await SlackCall.ReadAsync(context, "response"));
        if (_scripts.TryGetValue("response", out var queue) && queue.TryDequeue(out var scripted))
        {
            await scripted(context);
            return;
        }

        await context.Response.WriteAsync("ok");
    }
}
