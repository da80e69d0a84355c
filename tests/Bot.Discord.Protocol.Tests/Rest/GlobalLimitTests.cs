using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Protocol.Tests.Rest;

public sealed class GlobalLimitTests
{
    [Fact]
    public async Task SixtyConcurrentBotCalls_AtMostFiftyGoInAnySecond()
    {
        var time = new FakeTimeProvider();
        var stub = new StubDiscord(time, _ => Reply.Ok());
        var client = stub.Client();

        var calls = Enumerable.Range(1, 60).Select(i => client.CreateMessageAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Message(), default)).ToArray();
        await FakeClock.WaitForAsync(() => stub.Requests.Count == 50);
        await FakeClock.SettleAsync();
        Assert.Equal(50, stub.Requests.Count);

        await FakeClock.RunUntilAsync(time, () => calls.All(c => c.IsCompleted));
        await Task.WhenAll(calls);
        var sent = stub.Requests.Select(r => r.At).ToArray();
        Assert.Equal(60, sent.Length);
        Assert.All(sent, start => Assert.True(sent.Count(at => at >= start && at < start.AddSeconds(1)) <= 50));
    }

    [Fact]
    public async Task SixtyConcurrentInteractionCalls_AreNotBoundByTheGlobalLimit()
    {
        var time = new FakeTimeProvider();
        var stub = new StubDiscord(time, r => r.Path.StartsWith("interactions/", StringComparison.Ordinal) ? Reply.NoContent() : Reply.Ok());
        var client = stub.Client();

        var callbacks = Enumerable.Range(1, 60).Select(i => client.CreateInteractionResponseAsync($"{i}", $"token{i}", new JsonObject { ["type"] = 5 }, default));
        var edits = Enumerable.Range(1, 60).Select(i => client.EditOriginalInteractionResponseAsync("42", $"token{i}", Message(), default));
        var followups = Enumerable.Range(1, 60).Select(i => client.CreateFollowupMessageAsync("42", $"token{i}", Message(), default));
        await Task.WhenAll(callbacks.Concat(edits).Concat(followups));

        Assert.Equal(180, stub.Requests.Count);
        Assert.All(stub.Requests, r => Assert.Equal(time.Start, r.At));
    }

    [Fact]
    public async Task InteractionCalls_DoNotUseUpTheBotsGlobalBudget()
    {
        var time = new FakeTimeProvider();
        var stub = new StubDiscord(time, _ => Reply.Ok());
        var client = stub.Client();
        await Task.WhenAll(Enumerable.Range(1, 60).Select(i => client.CreateFollowupMessageAsync("42", $"token{i}", Message(), default)));

        await Task.WhenAll(Enumerable.Range(1, 50).Select(i => client.CreateMessageAsync($"{i}", Message(), default)));

        Assert.Equal(110, stub.Requests.Count);
    }

    private static JsonObject Message() => new() { ["content"] = "hi" };
}
