using System.Collections.Concurrent;
using Bot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Llm.Tests.FakeOpenAI;

/// <summary>
/// A loopback stand-in of the OpenAI chat-completions HTTP API (and the Azure OpenAI deployments route).
/// Scripted responses are served in order, one per chat-completions request; every request is recorded first.
/// </summary>
public sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _queue = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _requestsLock = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _port;
    private int _disposed;

    private FakeOpenAIServer(WebApplication app) => _app = app;

    /// <summary>The OpenAI-compatible custom endpoint: <c>http://127.0.0.1:{port}/v1/</c>.</summary>
    public Uri OpenAIEndpoint => new($"http://127.0.0.1:{_port}/v1/");

    /// <summary>The Azure OpenAI resource endpoint: <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri AzureEndpoint => new($"http://127.0.0.1:{_port}/");

    /// <summary>Served when the queue is empty; by default a 500 with an OpenAI-style error body.</summary>
    public ScriptedResponse WhenEmpty { get; set; } =
        ScriptedResponse.Status(500, message: "FakeOpenAIServer: no scripted response left in the queue.");

    /// <summary>A snapshot of every request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requestsLock)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeOpenAIServer> StartAsync()
    {
        FakeOpenAIServer? server = null;
        var (app, baseUrl) = await LoopbackHost.StartAsync(app => app.Run(context => server!.HandleAsync(context)));
        server = new FakeOpenAIServer(app) { _port = baseUrl.Port };
        return server;
    }

    /// <summary>Queues responses; each chat-completions request takes the next one.</summary>
    public void Enqueue(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _queue.Enqueue(response);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            var request = await RecordedRequest.ReadAsync(context.Request, linked.Token);
            lock (_requestsLock)
            {
                _requests.Add(request);
            }

            await PickResponse(request).WriteAsync(context, request, linked.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && linked.IsCancellationRequested)
        {
            // The client gave up or the server is stopping: nothing left to answer.
        }
    }

    private ScriptedResponse PickResponse(RecordedRequest request)
    {
        if (!HttpMethods.IsPost(request.Method) || !ChatCompletionsRoute.Matches(request.Path))
        {
            return ScriptedResponse.Status(404, message: $"Invalid URL ({request.Method} {request.Path})");
        }

        return _queue.TryDequeue(out var next) ? next : WhenEmpty;
    }
}
