using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Slack.Protocol.Tests.WebApi;

public sealed class SlackApiClientTests
{
    [Fact]
    public async Task PostMessage_Call_SendsBearerTokenJsonAndNoLinkNames()
    {
        var handler = new Recorder(_ => Ok("""{"ok":true,"channel":"C1","ts":"1.2"}"""));
        var client = Client(handler, TimeProvider.System);

        var ts = await client.PostMessageAsync("C1", new SlackMessage("hi &amp; bye", [new JsonObject { ["type"] = "section" }]), "1.1", default);

        Assert.Equal("1.2", ts);
        var request = Assert.Single(handler.Requests);
        Assert.Equal("https://slack.test/api/chat.postMessage", request.Url);
        Assert.Equal("Bearer xoxb-1", request.Authorization);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("1.1", body["thread_ts"]!.GetValue<string>());
        Assert.False(body["unfurl_links"]!.GetValue<bool>());
        Assert.Null(body["link_names"]);
        Assert.Null(body["parse"]);
    }

    [Fact]
    public async Task OkFalse_Call_ThrowsWithSlacksErrorAndDoesNotRetry()
    {
        var handler = new Recorder(_ => Ok("""{"ok":false,"error":"channel_not_found"}"""));
        var client = Client(handler, TimeProvider.System);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.PostMessageAsync("C404", new SlackMessage("x", []), null, default));

        Assert.Equal("channel_not_found", error.Error);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task RateLimited_Call_WaitsRetryAfterThenRetries()
    {
        var time = new FakeTimeProvider();
        var handler = new Recorder(n => n == 0 ? RateLimited(2) : Ok("""{"ok":true}"""));
        var client = Client(handler, time);

        var call = client.UpdateAsync("C1", "1.1", new SlackMessage("x", []), default);
        await WaitForAsync(() => handler.Requests.Count == 1);
        time.Advance(TimeSpan.FromSeconds(1.9));
        await Task.Delay(50);
        Assert.Single(handler.Requests);
        time.Advance(TimeSpan.FromSeconds(0.2));
        await call;

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task RateLimited_Call_PausesOtherCallsToTheSameMethod()
    {
        var time = new FakeTimeProvider();
        var handler = new Recorder(n => n == 0 ? RateLimited(5) : Ok("""{"ok":true}"""));
        var client = Client(handler, time);

        var first = client.UpdateAsync("C1", "1.1", new SlackMessage("x", []), default);
        await WaitForAsync(() => handler.Requests.Count == 1);
        await Task.Delay(50);
        var second = client.UpdateAsync("C1", "1.2", new SlackMessage("y", []), default);
        await Task.Delay(100);
        Assert.Single(handler.Requests);

        time.Advance(TimeSpan.FromSeconds(5.1));
        await Task.WhenAll(first, second);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task AuthTest_Call_ReturnsTheBotUserId()
    {
        var client = Client(new Recorder(_ => Ok("""{"ok":true,"user_id":"UBOT","bot_id":"B1","team_id":"T1","user":"storybot"}""")), TimeProvider.System);

        var me = await client.AuthTestAsync(default);

        Assert.Equal("UBOT", me.UserId);
        Assert.Equal("B1", me.BotId);
    }

    [Fact]
    public async Task ResponseUrlRefused_Respond_ReturnsFalseWithoutRetrying()
    {
        var handler = new Recorder(_ => new HttpResponseMessage(HttpStatusCode.NotFound));
        var client = Client(handler, TimeProvider.System);

        var ok = await client.RespondAsync(new Uri("https://hooks.slack.test/commands/1"), new JsonObject { ["text"] = "x" }, default);

        Assert.False(ok);
        Assert.Single(handler.Requests);
        Assert.Equal("", handler.Requests[0].Authorization);
    }

    private static SlackApiClient Client(Recorder handler, TimeProvider time) =>
        new(new HttpClient(handler), new SlackApiOptions { BaseUrl = new Uri("https://slack.test/api/"), BotToken = "xoxb-1" }, time, NullLogger<SlackApiClient>.Instance);

    private static HttpResponseMessage Ok(string json) => new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static HttpResponseMessage RateLimited(int seconds)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        return response;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }
    }

    private sealed class Recorder(Func<int, HttpResponseMessage> answer) : HttpMessageHandler
    {
        private readonly List<(string Url, string Authorization, string Body)> _requests = [];

        public IReadOnlyList<(string Url, string Authorization, string Body)> Requests
        {
            get
            {
                lock (_requests)
                {
                    return [.. _requests];
                }
            }
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            int n;
            lock (_requests)
            {
                n = _requests.Count;
                _requests.Add((request.RequestUri!.ToString(), request.Headers.Authorization?.ToString() ?? "", body));
            }

            return answer(n);
        }
    }
}
