using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Protocol.Tests.Rest;

public sealed class BucketTests
{
    [Fact]
    public async Task RemainingZero_NextCallSameChannel_WaitsForResetAfterWhileOtherChannelGoes()
    {
        var time = new FakeTimeProvider();
        var stub = new StubDiscord(time, r => r.Path == "channels/1/messages" && r.At == time.Start
            ? Reply.Ok(bucket: "abcd1234", remaining: 0, resetAfter: 1.5)
            : Reply.Ok(bucket: "abcd1234", remaining: 4, resetAfter: 5));
        var client = stub.Client();
        await client.CreateMessageAsync("1", Message(), default);

        var sameChannel = client.CreateMessageAsync("1", Message(), default);
        await client.CreateMessageAsync("2", Message(), default);
        await FakeClock.SettleAsync();

        Assert.Equal(1, stub.Count("channels/1/messages"));
        Assert.Equal(1, stub.Count("channels/2/messages"));
        await FakeClock.RunUntilAsync(time, () => sameChannel.IsCompleted);
        await sameChannel;
        var waited = stub.Requests.Last(r => r.Path == "channels/1/messages").At - time.Start;
        Assert.InRange(waited.TotalSeconds, 1.5, 1.5 + 0.2);
    }

    [Fact]
    public async Task RemainingLeft_NextCalls_GoWithoutWaiting()
    {
        var time = new FakeTimeProvider();
        var stub = new StubDiscord(time, _ => Reply.Ok(bucket: "abcd1234", remaining: 3, resetAfter: 5));
        var client = stub.Client();

        for (var i = 0; i < 3; i++)
        {
            await client.CreateMessageAsync("1", Message(), default);
        }

        Assert.All(stub.Requests, r => Assert.Equal(time.Start, r.At));
    }

    [Fact]
    public async Task ResetEpochOnly_NextCall_WaitsUntilThatInstant()
    {
        var time = new FakeTimeProvider();
        var resetAt = time.Start.AddSeconds(3).ToUnixTimeSeconds();
        var stub = new StubDiscord(time, r =>
        {
            var reply = Reply.Ok(bucket: "abcd1234", remaining: r.At == time.Start ? 0 : 4);
            reply.Headers.Add("X-RateLimit-Reset", resetAt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return reply;
        });
        var client = stub.Client();
        await client.CreateMessageAsync("1", Message(), default);

        var next = client.CreateMessageAsync("1", Message(), default);
        await FakeClock.RunUntilAsync(time, () => next.IsCompleted);
        await next;

        Assert.InRange((stub.Requests[1].At - time.Start).TotalSeconds, 3, 3.2);
    }

    [Fact]
    public async Task MinorIdsInTheRoute_DoNotSplitTheBucket()
    {
        var time = new FakeTimeProvider();
        var stub = new StubDiscord(time, r => r.At == time.Start
            ? Reply.Ok(bucket: "edit", remaining: 0, resetAfter: 2)
            : Reply.Ok(bucket: "edit", remaining: 4, resetAfter: 5));
        var client = stub.Client();
        await client.SendAsync(HttpMethod.Patch, "channels/1/messages/10", Message(), default);

        var otherMessage = client.SendAsync(HttpMethod.Patch, "channels/1/messages/11", Message(), default);
        await FakeClock.SettleAsync();
        Assert.Single(stub.Requests);
        await FakeClock.RunUntilAsync(time, () => otherMessage.IsCompleted);
        await otherMessage;

        Assert.InRange((stub.Requests[1].At - time.Start).TotalSeconds, 2, 2.2);
    }

    private static JsonObject Message() => new() { ["content"] = "hi" };
}
