using Bot.Core.Replies;
using Bot.Llm.Tests.FakeOpenAI;

namespace Bot.Llm.Tests;

public sealed class StreamingTests
{
    private const string Directive = "issued by Defense Secretary Pete Hegseth";

    [Fact]
    public async Task StreamedAnswer_AskStreaming_GrowsSentenceBySentenceAndEndsWithTheVerifiedReply()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(StreamCiting(Directive, "Defense Secretary Pete ", "Hegseth issued the directive [{0}]. ", "Its rationale has not ", "been made public [{0}]."));

        var updates = await CollectAsync(bot, "Who ordered the halt and why?");

        var partials = updates.Where(u => !u.IsFinal).Select(u => u.Text).ToArray();
        Assert.Equal(["Defense Secretary Pete Hegseth issued the directive [1]."], partials);
        var final = updates[^1].Final!;
        Assert.Equal("Defense Secretary Pete Hegseth issued the directive [1]. Its rationale has not been made public [2].", final.Text); // each marker is one verbatim sentence
        Assert.Equal("llm:test-model", final.Engine);
        Assert.Equal(120, final.Usage!.InputTokens);
        Assert.True(bot.Server.Requests[0].IsStreaming);
    }

    [Fact]
    public async Task FabricatedSentenceInAStream_AskStreaming_IsNeverShown()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(StreamCiting(Directive, "Hegseth issued the directive [{0}]. ", "Hegseth was fired the next day [{0}]. ", "The rationale has not been made public [{0}]."));

        var updates = await CollectAsync(bot, "Who ordered the halt?");

        Assert.DoesNotContain(updates, u => u.Text.Contains("fired", StringComparison.Ordinal));
        Assert.Equal(1, updates[^1].Final!.Verification!.Removed);
    }

    [Fact]
    public async Task NotFoundTokenStreamed_AskStreaming_ShowsNothingThenAbstains()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(ScriptedResponse.Stream(["NOT_IN_", "ARTICLES"]));

        var updates = await CollectAsync(bot, "How many people work at Cyber Command?");

        var final = Assert.Single(updates).Final!;
        Assert.True(final.Abstained);
        Assert.Empty(final.Citations);
    }

    [Fact]
    public async Task StreamCutOff_AskStreaming_EndsWithTheEmbeddedAnswer()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(ScriptedResponse.StreamThenDrop(["Hegseth issued ", "the directive"]));

        var updates = await CollectAsync(bot, "Who ordered the halt?");

        var final = updates[^1].Final!;
        Assert.Equal(LlmAnswerer.FallbackEngine, final.Engine);
        Assert.Contains("Hegseth", final.Text);
        Assert.NotEmpty(final.Citations);
    }

    [Fact]
    public async Task ServerError_AskStreaming_EndsWithTheEmbeddedAnswer()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(ScriptedResponse.Status(500));

        var updates = await CollectAsync(bot, "Who ordered the halt?");

        Assert.Equal(LlmAnswerer.FallbackEngine, Assert.Single(updates).Final!.Engine);
    }

    [Fact]
    public async Task SlowStream_AskStreaming_FirstVerifiedSentenceArrivesBeforeTheEnd()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(ScriptedResponse.From(request => ScriptedResponse.Stream(
            [$"Hegseth issued the directive [{PromptPassages.NumberOf(request, Directive)}]. ", "The rationale has not been made public ", $"[{PromptPassages.NumberOf(request, Directive)}]."],
            delayBetweenChunks: TimeSpan.FromMilliseconds(400))));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan? firstPartial = null;

        await foreach (var update in bot.Bot.AskStreamingAsync("Who ordered the halt?"))
        {
            if (!update.IsFinal)
            {
                firstPartial ??= clock.Elapsed;
            }
        }

        Assert.NotNull(firstPartial);
        Assert.True(clock.Elapsed - firstPartial >= TimeSpan.FromMilliseconds(500), $"first partial at {firstPartial}, end at {clock.Elapsed}");
    }

    private static ScriptedResponse StreamCiting(string passageText, params string[] chunks) =>
        ScriptedResponse.From(request => ScriptedResponse.Stream(
            chunks.Select(c => c.Replace("{0}", PromptPassages.NumberOf(request, passageText).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))));

    private static async Task<List<AnswerUpdate>> CollectAsync(LlmBot bot, string question)
    {
        var updates = new List<AnswerUpdate>();
        await foreach (var update in bot.Bot.AskStreamingAsync(question))
        {
            updates.Add(update);
        }

        Assert.True(updates[^1].IsFinal);
        Assert.Single(updates, u => u.IsFinal);
        return updates;
    }
}
