using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Llm.Tests;

public sealed class RetryAfterHandlerTests
{
    [Fact]
    public async Task RetryAfterSeconds_Send_WaitsExactlyThatLongOnTheClock()
    {
        var time = new FakeTimeProvider();
        var inner = new ScriptedHandler(Response(HttpStatusCode.TooManyRequests, r => r.Headers.Add("Retry-After", "3")), Response(HttpStatusCode.OK));
        using var client = Client(inner, time, maxRetries: 2);

        var sending = client.PostAsync("http://model/v1/chat/completions", new StringContent("{}"));
        await inner.WaitForCallsAsync(1);
        time.Advance(TimeSpan.FromSeconds(2.9));
        await Task.Delay(50);
        Assert.Equal(1, inner.Calls);

        time.Advance(TimeSpan.FromSeconds(0.2));
        var response = await sending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task RetryAfterMilliseconds_Send_IsPreferredToRetryAfter()
    {
        var time = new FakeTimeProvider();
        var inner = new ScriptedHandler(
            Response(HttpStatusCode.TooManyRequests, r => { r.Headers.Add("retry-after-ms", "200"); r.Headers.Add("Retry-After", "10"); }),
            Response(HttpStatusCode.OK));
        using var client = Client(inner, time, maxRetries: 1);

        var sending = client.PostAsync("http://model/", new StringContent("{}"));
        await inner.WaitForCallsAsync(1);
        time.Advance(TimeSpan.FromMilliseconds(250));

        Assert.Equal(HttpStatusCode.OK, (await sending).StatusCode);
    }

    [Fact]
    public async Task RetryAfterAsDate_Send_WaitsUntilThatTime()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        var inner = new ScriptedHandler(
            Response(HttpStatusCode.ServiceUnavailable, r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(time.GetUtcNow().AddSeconds(5))),
            Response(HttpStatusCode.OK));
        using var client = Client(inner, time, maxRetries: 1);

        var sending = client.PostAsync("http://model/", new StringContent("{}"));
        await inner.WaitForCallsAsync(1);
        time.Advance(TimeSpan.FromSeconds(4));
        await Task.Delay(50);
        Assert.Equal(1, inner.Calls);
        time.Advance(TimeSpan.FromSeconds(1.1));

        Assert.Equal(HttpStatusCode.OK, (await sending).StatusCode);
    }

    [Fact]
    public async Task RetriesUsedUp_Send_ReturnsTheLastFailure()
    {
        var inner = new ScriptedHandler(Response(HttpStatusCode.InternalServerError), Response(HttpStatusCode.BadGateway));
        using var client = Client(inner, TimeProvider.System, maxRetries: 1, instantBackoff: true);

        var response = await client.PostAsync("http://model/", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(2, inner.Calls);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task ClientError_Send_IsNotRetried(HttpStatusCode status)
    {
        var inner = new ScriptedHandler(Response(status), Response(HttpStatusCode.OK));
        using var client = Client(inner, TimeProvider.System, maxRetries: 3);

        var response = await client.PostAsync("http://model/", new StringContent("{}"));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public async Task RetriedRequest_Send_CarriesTheSameBody()
    {
        var time = new FakeTimeProvider();
        var inner = new ScriptedHandler(Response(HttpStatusCode.TooManyRequests, r => r.Headers.Add("retry-after-ms", "0")), Response(HttpStatusCode.OK));
        using var client = Client(inner, time, maxRetries: 1);

        await client.PostAsync("http://model/", new StringContent("{\"model\":\"m\"}"));

        Assert.Equal(["{\"model\":\"m\"}", "{\"model\":\"m\"}"], inner.Bodies);
    }

    private static HttpClient Client(ScriptedHandler inner, TimeProvider time, int maxRetries, bool instantBackoff = false) =>
        new(new RetryAfterHandler(maxRetries, instantBackoff ? new InstantTime() : time, NullLogger<RetryAfterHandler>.Instance) { InnerHandler = inner });

    private static Func<HttpResponseMessage> Response(HttpStatusCode status, Action<HttpResponseMessage>? configure = null) => () =>
    {
        var response = new HttpResponseMessage(status);
        configure?.Invoke(response);
        return response;
    };

    /// <summary>A clock whose timers fire at once, for tests about counts rather than waits.</summary>
    private sealed class InstantTime : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            System.CreateTimer(callback, state, TimeSpan.Zero, period);
    }

    private sealed class ScriptedHandler(params Func<HttpResponseMessage>[] responses) : HttpMessageHandler
    {
        private readonly List<string> _bodies = [];
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public IReadOnlyList<string> Bodies => _bodies;

        public async Task WaitForCallsAsync(int count)
        {
            for (var i = 0; i < 200 && Calls < count; i++)
            {
                await Task.Delay(10);
            }
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _bodies.Add(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
            var index = Interlocked.Increment(ref _calls) - 1;
            return responses[Math.Min(index, responses.Length - 1)]();
        }
    }
}
