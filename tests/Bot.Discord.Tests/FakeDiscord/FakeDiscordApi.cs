using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Discord.Tests.FakeDiscord;

/// <summary>A loopback stand-in for Discord's REST API (<c>/api/v10/...</c>) that records every call and answers as Discord does.</summary>
public sealed class FakeDiscordApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<DiscordCall> _calls = new();
    private int _ids = 1000;

    private FakeDiscordApi(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<DiscordCall> Calls => [.. _calls];

    public static async Task<FakeDiscordApi> StartAsync()
    {
        FakeDiscordApi? fake = null;
        var (app, baseUrl) = await LoopbackHost.StartAsync(app => app.Map("/api/v10/{**route}", (HttpContext context, string route) => fake!.HandleAsync(context, route)));
        fake = new FakeDiscordApi(app) { BaseUrl = new Uri(baseUrl, "api/v10/") };
        return fake;
    }

    public async Task<IReadOnlyList<DiscordCall>> WaitForAsync(Func<DiscordCall, bool> match, int count = 1, int timeoutMs = 10_000)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (Calls.Count(match) < count && DateTime.UtcNow < until)
        {
            await Task.Delay(20);
        }

        return Calls.Where(match).ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, string route)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        JsonNode? json = null;
        try
        {
            json = body.Length > 0 ? JsonNode.Parse(body) : null;
        }
        catch (JsonException)
        {
        }

        _calls.Enqueue(new DiscordCall(context.Request.Method, route, context.Request.Headers.Authorization.ToString(), context.Request.Headers.UserAgent.ToString(), body, json));
        context.Response.Headers["X-RateLimit-Limit"] = "5";
        context.Response.Headers["X-RateLimit-Remaining"] = "4";
        context.Response.Headers["X-RateLimit-Reset-After"] = "1";
        context.Response.Headers["X-RateLimit-Bucket"] = "b-" + route.Split('/')[0];
        var id = Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await context.Response.WriteAsJsonAsync(new { id, channel_id = "c" });
    }
}

public sealed record DiscordCall(string Method, string Route, string Authorization, string UserAgent, string Body, JsonNode? Json);
