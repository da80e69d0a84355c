using System.Diagnostics;
using Bot.Llm.Tests.FakeOpenAI;

namespace Bot.Llm.Tests;

public sealed class ResilienceTests
{
    private const string Directive = "issued by Defense Secretary Pete Hegseth";

    [Fact]
    public async Task MalformedJson_Ask_FallsBackToTheEmbeddedAnswerAndSaysWhy()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(ScriptedResponse.Raw("{\"id\": \"chatcmpl-1\", \"choices\": [ {\"message\": "));

        var reply = await bot.Bot.AskAsync("Who ordered the halt?");

        Assert.Equal(LlmAnswerer.FallbackEngine, reply.Engine);
        Assert.Contains("Hegseth", reply.Text);
        Assert.NotEmpty(reply.Citations);
        Assert.Contains(reply.Notes, n => n.Contains("malformed reply", StringComparison.Ordinal));
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("malformed reply", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EmptyContent_Ask_FallsBack()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(ScriptedResponse.Completion("   "));

        var reply = await bot.Bot.AskAsync("Who ordered the halt?");

        Assert.Equal(LlmAnswerer.FallbackEngine, reply.Engine);
        Assert.Contains(reply.Notes, n => n.Contains("empty reply", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(500, "HTTP 500")]
    [InlineData(503, "HTTP 503")]
    [InlineData(429, "rate limited, HTTP 429")]
    [InlineData(401, "HTTP 401")]
    public async Task ServerError_AskWithoutRetries_FallsBackWithTheReason(int status, string reason)
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(ScriptedResponse.Status(status));

        var reply = await bot.Bot.AskAsync("Who ordered the halt?");

        Assert.Equal(LlmAnswerer.FallbackEngine, reply.Engine);
        Assert.Contains(reply.Notes, n => n.Contains(reason, StringComparison.Ordinal));
        Assert.Single(bot.Server.Requests);
    }

    [Fact]
    public async Task ServerErrorThenSuccess_AskWithRetries_IsAnsweredByTheModel()
    {
        await using var bot = await LlmBot.StartAsync(new() { ["Ai:MaxRetries"] = "2" });
        bot.Server.Enqueue(ScriptedResponse.Status(500), PromptPassages.Citing("Hegseth issued the directive [{0}].", Directive));

        var reply = await bot.Bot.AskAsync("Who ordered the halt?");

        Assert.Equal("llm:test-model", reply.Engine);
        Assert.Equal(2, bot.Server.Requests.Count);
        Assert.Equal(bot.Server.Requests[0].Body, bot.Server.Requests[1].Body);
    }

    [Fact]
    public async Task RateLimitedWithRetryAfter_Ask_WaitsThatLongThenRetries()
    {
        await using var bot = await LlmBot.StartAsync(new() { ["Ai:MaxRetries"] = "1" });
        bot.Server.Enqueue(ScriptedResponse.Status(429, retryAfter: "1"), PromptPassages.Citing("Hegseth issued the directive [{0}].", Directive));
        var clock = Stopwatch.StartNew();

        var reply = await bot.Bot.AskAsync("Who ordered the halt?");

        Assert.Equal("llm:test-model", reply.Engine);
        Assert.Equal(2, bot.Server.Requests.Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.95), $"retried after {clock.Elapsed}");
        Assert.Contains(bot.Logs.Lines, l => l.Contains("answered 429; retry 1 of 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RateLimitedForLong_Ask_FallsBackWithoutWaiting()
    {
        await using var bot = await LlmBot.StartAsync(new() { ["Ai:MaxRetries"] = "3" });
        bot.Server.Enqueue(ScriptedResponse.Status(429, retryAfter: "120"));
        var clock = Stopwatch.StartNew();

        var reply = await bot.Bot.AskAsync("Who ordered the halt?");

        Assert.Equal(LlmAnswerer.FallbackEngine, reply.Engine);
        Assert.Single(bot.Server.Requests);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task SlowModel_Ask_FallsBackAtTheTimeout()
    {
        await using var bot = await LlmBot.StartAsync(new() { ["Ai:TimeoutSeconds"] = "1" });
        bot.Server.Enqueue(ScriptedResponse.Delayed(TimeSpan.FromSeconds(20), ScriptedResponse.Completion("Too late [1].")));
        var clock = Stopwatch.StartNew();

        var reply = await bot.Bot.AskAsync("Who ordered the halt?");

        Assert.Equal(LlmAnswerer.FallbackEngine, reply.Engine);
        Assert.Contains(reply.Notes, n => n.Contains("timed out after 1 s", StringComparison.Ordinal));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task CallerCancels_Ask_IsCancelledNotAnsweredByTheFallback()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(ScriptedResponse.Delayed(TimeSpan.FromSeconds(20), ScriptedResponse.Completion("Too late [1].")));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => bot.Bot.AskAsync("Who ordered the halt?", cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task UnreachableServer_Ask_FallsBack()
    {
        await using var bot = await LlmBot.StartAsync(new() { ["Ai:Endpoint"] = "http://127.0.0.1:9/v1/" });

        var reply = await bot.Bot.AskAsync("Who ordered the halt?");

        Assert.Equal(LlmAnswerer.FallbackEngine, reply.Engine);
        Assert.Contains(reply.Notes, n => n.Contains("connection failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailuresOfEveryKind_Logs_NeverContainTheApiKey()
    {
        await using var bot = await LlmBot.StartAsync(new() { ["Ai:MaxRetries"] = "1" });
        bot.Server.Enqueue(
            ScriptedResponse.Status(500), ScriptedResponse.Status(500),
            ScriptedResponse.Raw("not json"),
            ScriptedResponse.Status(401, message: "Incorrect API key provided"));

        await bot.Bot.AskAsync("Who ordered the halt?");
        await bot.Bot.AskAsync("Why was it halted?");
        var reply = await bot.Bot.AskAsync("Who criticized it?");

        Assert.NotEmpty(bot.Logs.Lines);
        Assert.DoesNotContain(LlmBot.ApiKey, bot.Logs.All);
        Assert.DoesNotContain(LlmBot.ApiKey, string.Join(" ", reply.Notes));
    }
}
