using Bot.Answering;
using Bot.Engine;
using Bot.Llm.Tests.FakeOpenAI;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Llm.Tests;

public sealed class ConversationTests
{
    private const string Waltz = "Waltz denied";

    [Fact]
    public async Task FollowUp_Ask_IsCondensedWithTheChatBeforeRetrieval()
    {
        await using var bot = await LlmBot.StartAsync();
        var conversation = new Conversation();
        bot.Server.Enqueue(
            PromptPassages.Citing("Mike Waltz is the National Security Adviser [{0}].", Waltz),
            ScriptedResponse.Completion("What did Mike Waltz say about the policy change?"),
            PromptPassages.Citing("Waltz denied that the policy change had been premeditated [{0}].", Waltz));

        await bot.Bot.AskAsync("Who is Mike Waltz?", conversation);
        var reply = await bot.Bot.AskAsync("what did he say about it?", conversation);

        var condense = bot.Server.Requests[1];
        Assert.Contains("standalone question", PromptPassages.SystemText(condense));
        Assert.Contains("- Who is Mike Waltz?", PromptPassages.UserText(condense));
        Assert.Contains("Last question: what did he say about it?", PromptPassages.UserText(condense));
        Assert.Contains("Question: What did Mike Waltz say about the policy change?", PromptPassages.UserText(bot.Server.Requests[2]));
        Assert.Equal("What did Mike Waltz say about the policy change?", reply.ResolvedQuestion);
        Assert.Contains("Waltz denied", Assert.Single(reply.Citations).Quote);
        Assert.Equal(240, reply.Usage!.InputTokens); // condense and answer calls together
    }

    [Fact]
    public async Task UnusableRewrite_Ask_FallsBackToTheRuleBasedResolution()
    {
        await using var bot = await LlmBot.StartAsync();
        var conversation = new Conversation();
        bot.Server.Enqueue(
            PromptPassages.Citing("Mike Waltz is the National Security Adviser [{0}].", Waltz),
            ScriptedResponse.Completion("  "),
            PromptPassages.Citing("Waltz denied that the policy change had been premeditated [{0}].", Waltz));

        await bot.Bot.AskAsync("Who is Mike Waltz?", conversation);
        var reply = await bot.Bot.AskAsync("what did he say?", conversation);

        Assert.Contains("Mike Waltz", reply.ResolvedQuestion);
        Assert.Contains("Mike Waltz", PromptPassages.UserText(bot.Server.Requests[2]));
    }

    [Fact]
    public async Task FirstQuestion_Ask_IsNotCondensed()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(PromptPassages.Citing("Waltz denied that the policy change had been premeditated [{0}].", Waltz));

        var reply = await bot.Bot.AskAsync("What did Waltz deny?", new Conversation());

        Assert.Single(bot.Server.Requests);
        Assert.Null(reply.ResolvedQuestion);
    }

    [Fact]
    public async Task SameQuestionTwice_Ask_CallsTheModelOnceAndCountsTheHit()
    {
        await using var bot = await LlmBot.StartAsync(new() { ["Ai:CacheEntries"] = "100" });
        bot.Server.Enqueue(PromptPassages.Citing("Waltz denied that the policy change had been premeditated [{0}].", Waltz));

        var first = await bot.Bot.AskAsync("What did Waltz deny?");
        var second = await bot.Bot.AskAsync("what did Waltz deny?");

        Assert.Single(bot.Server.Requests);
        Assert.False(first.Cached);
        Assert.True(second.Cached);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(1, bot.Services.GetRequiredService<AnswerCache>().Hits);
    }

    [Fact]
    public async Task FallbackReply_Ask_IsNotCachedSoTheModelIsTriedAgain()
    {
        await using var bot = await LlmBot.StartAsync(new() { ["Ai:CacheEntries"] = "100" });
        bot.Server.Enqueue(ScriptedResponse.Status(500), PromptPassages.Citing("Waltz denied that the policy change had been premeditated [{0}].", Waltz));

        var first = await bot.Bot.AskAsync("What did Waltz deny?");
        var second = await bot.Bot.AskAsync("What did Waltz deny?");

        Assert.Equal(LlmAnswerer.FallbackEngine, first.Engine);
        Assert.Equal("llm:test-model", second.Engine);
        Assert.Equal(2, bot.Server.Requests.Count);
    }
}
