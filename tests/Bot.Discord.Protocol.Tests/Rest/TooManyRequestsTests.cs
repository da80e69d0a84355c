using System.Net;
using System.Text.Json.Nodes;
using Bot.Discord.Protocol.Rest;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Protocol.Tests.Rest;

public sealed class TooManyRequestsTests
{
    [Fact]
    public async Task RetryAfterPointEight_Call_RetriesOnceAfterThatLong()
    {
        var time = new FakeTimeProvider();
        var stub = new StubDiscord(time, r => r.At == time.Start ? Reply.TooManyRequests(0.8) : Reply.Ok());
        var client = stub.Client();

        var call = client.CreateMessageAsync("1", Message(), default);
        await FakeClock.RunUntilAsync(time, () => call.IsCompleted);
        var message = await call;

        Assert.Equal("1", message.GetProperty("id").GetString());
        Assert.Equal(2, stub.Requests.Count);
        // The body's retry_after (0.8 s) is used, not the Retry-After header rounded up to 1 s.
        Assert.InRange((stub.Requests[1].At - time.Start).TotalSeconds, 0.8, 0.95);
        Assert.Equal(1, client.InvalidRequests);
    }

    [Fact]
    public async Task RetryAfterOnlyInTheHeader_Call_WaitsThatLong()
    {
        var time = new FakeTimeProvider();
        var stub = new StubDiscord(time, r =>
        {
            if (r.At != time.Start)
            {
                return Reply.Ok();
            }

            var limited = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("<html>slow down</html>") };
            limited.Headers.Add("Retry-After", "2");
            return limited;
        });
        var client = stub.Client();

        var call = client.CreateMessageAsync("1", Message(), default);
        await FakeClock.RunUntilAsync(time, () => call.IsCompleted);
        await call;

        Assert.InRange((stub.Requests[1].At - time.Start).TotalSeconds, 2, 2.2);
    }

    [Fact]
    public async Task SharedScope_429_IsNotCountedAsInvalid()
    {
        var time = new FakeTimeProvider();
        var stub = new StubDiscord(time, r => r.At == time.Start ? Reply.TooManyRequests(0.5, scope: "shared") : Reply.Ok());
        var client = stub.Client();

        var call = client.CreateMessageAsync("1", Message(), default);
        await FakeClock.RunUntilAsync(time, () => call.IsCompleted);
        await call;

        Assert.Equal(2, stub.Requests.Count);
        Assert.Equal(0, client.InvalidRequests);
    }

    [Fact]
    public async Task AlwaysLimited_Call_GivesUpAfterMaxRetries()
    {
        var time = new FakeTimeProvider();
        var stub = new StubDiscord(time, _ => Reply.TooManyRequests(0.5));
        var client = stub.Client();

        var call = client.CreateMessageAsync("1", Message(), default);
        await FakeClock.RunUntilAsync(time, () => call.IsCompleted);
        var error = await Assert.ThrowsAsync<DiscordApiException>(() => call);

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Equal(3, stub.Requests.Count);
        Assert.Equal(3, client.InvalidRequests);
    }

    [Fact]
    public async Task RetryAfterBeyondTheMaximum_Call_FailsAtOnce()
    {
        var time = new FakeTimeProvider();
        var stub = new StubDiscord(time, _ => Reply.TooManyRequests(1336.57, scope: "shared"));
        var client = stub.Client();

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => client.CreateMessageAsync("1", Message(), default));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task Global429_OnOneRoute_PausesEveryBotRouteButNotInteractionRoutes()
    {
        var time = new FakeTimeProvider();
        var stub = new StubDiscord(time, r => r.Path == "channels/1/messages" && r.At == time.Start
            ? Reply.TooManyRequests(2, scope: "global", global: true)
            : Reply.Ok());
        var client = stub.Client();

        var limited = client.CreateMessageAsync("1", Message(), default);
        await FakeClock.WaitForAsync(() => stub.Requests.Count == 1);
        await FakeClock.SettleAsync();
        var otherChannel = client.CreateMessageAsync("2", Message(), default);
        var guildRoute = client.BulkOverwriteCommandsAsync("42", "7", new JsonArray(), default);
        await client.EditOriginalInteractionResponseAsync("42", "tok", Message(), default);
        await FakeClock.SettleAsync();

        Assert.Equal(["channels/1/messages", "webhooks/42/tok/messages/@original"], stub.Requests.Select(r => r.Path));
        await FakeClock.RunUntilAsync(time, () => limited.IsCompleted && otherChannel.IsCompleted && guildRoute.IsCompleted);
        await Task.WhenAll(limited, otherChannel, guildRoute);
        Assert.All(stub.Requests.Where(r => !r.Path.StartsWith("webhooks/", StringComparison.Ordinal)).Skip(1), r => Assert.InRange((r.At - time.Start).TotalSeconds, 2, 2.2));
    }

    private static JsonObject Message() => new() { ["content"] = "hi" };
}
