using Bot.Discord.Protocol.Rest;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Discord.Protocol.Tests.Rest;

/// <summary>A stand-in for discord.com: records each request (with the fake time it arrived) and answers from a script.</summary>
internal sealed class StubDiscord(TimeProvider time, Func<SeenRequest, HttpResponseMessage> answer) : HttpMessageHandler
{
    public const string BaseUrl = "https://discord.test/api/v10/";

    private readonly List<SeenRequest> _requests = [];

    public IReadOnlyList<SeenRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public int Count(string path) => Requests.Count(r => r.Path == path);

    public DiscordRestClient Client(Action<DiscordRestOptions>? configure = null)
    {
        var options = new DiscordRestOptions { BaseUrl = new Uri(BaseUrl), BotToken = "x" };
        configure?.Invoke(options);
        return new DiscordRestClient(new HttpClient(this), options, time, NullLogger<DiscordRestClient>.Instance);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var seen = new SeenRequest(
            request.Method,
            request.RequestUri!.AbsoluteUri.StartsWith(BaseUrl, StringComparison.Ordinal) ? request.RequestUri.AbsoluteUri[BaseUrl.Length..] : request.RequestUri.AbsoluteUri,
            request.Headers.Authorization?.ToString(),
            request.Headers.TryGetValues("User-Agent", out var agents) ? string.Join(" ", agents) : null,
            request.Content?.Headers.ContentType?.MediaType,
            body,
            time.GetUtcNow());
        lock (_requests)
        {
            _requests.Add(seen);
        }

        return answer(seen);
    }
}

internal sealed record SeenRequest(HttpMethod Method, string Path, string? Authorization, string? UserAgent, string? ContentType, string? Body, DateTimeOffset At);
