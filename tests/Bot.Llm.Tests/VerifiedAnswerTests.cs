using Bot.Core.Replies;
using Bot.Llm.Tests.FakeOpenAI;

namespace Bot.Llm.Tests;

public sealed class VerifiedAnswerTests
{
    private const string Directive = "issued by Defense Secretary Pete Hegseth";
    private const string Waltz = "Waltz denied";

    [Fact]
    public async Task GoodModelAnswer_Ask_KeepsItsProseWithVerbatimCitationsAndReportsUsage()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(PromptPassages.Citing("Defense Secretary Pete Hegseth issued the directive [{0}]. Its rationale has not been made public [{0}].", Directive));

        var reply = await bot.Bot.AskAsync("Who ordered the halt and why?");

        Assert.Equal("llm:test-model", reply.Engine);
        Assert.False(reply.Abstained);
        Assert.StartsWith("Defense Secretary Pete Hegseth issued the directive [1].", reply.Text);
        Assert.All(reply.Citations, c => Assert.Contains(c.Quote, CorpusText()));
        Assert.Equal(new TokenUsage(120, 30, reply.Usage!.ContextTokens), reply.Usage);
        Assert.InRange(reply.Usage.ContextTokens, 1, 1500);
        Assert.Equal(new VerificationReport(2, 2, 0, 0, 0), reply.Verification);
    }

    [Fact]
    public async Task ModelRequest_Ask_SendsRulesAsSystemAndPassagesWithQuestionAsUser()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(PromptPassages.Citing("Hegseth issued the directive [{0}].", Directive));

        await bot.Bot.AskAsync("Who ordered the halt?");

        var request = Assert.Single(bot.Server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer " + LlmBot.ApiKey, request.Headers["Authorization"]);
        Assert.Equal("test-model", request.Model);
        Assert.Equal(["system", "user"], request.Messages.Select(m => m.Role));
        Assert.Contains(PromptLibrary.NotFoundToken, PromptPassages.SystemText(request));
        Assert.Contains("Question: Who ordered the halt?", PromptPassages.UserText(request));
        Assert.Contains(PromptPassages.Of(request).Values, p => p.Contains(Directive, StringComparison.Ordinal));
        Assert.Equal(500, request.MaxTokens);
        Assert.Equal(0, request.Temperature);
    }

    [Fact]
    public async Task FabricatedSentence_Ask_IsRemovedAndCounted()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(PromptPassages.Citing("Hegseth issued the directive [{0}]. Hegseth was fired a week later after a leak inquiry [{0}].", Directive));

        var reply = await bot.Bot.AskAsync("Who ordered the halt?");

        Assert.DoesNotContain("fired", reply.Text);
        Assert.Equal(1, reply.Verification!.Removed);
        Assert.False(reply.Abstained);
    }

    [Fact]
    public async Task SupportedSentenceWithWrongMarker_Ask_IsReattributedToItsPassage()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(PromptPassages.Citing("Mike Waltz denied that the policy change had been premeditated [{0}].", Directive));

        var reply = await bot.Bot.AskAsync("What did Waltz say about the decision?");

        var citation = Assert.Single(reply.Citations);
        Assert.Contains("Waltz denied", citation.Quote);
        Assert.Equal(1, reply.Verification!.Reattributed);
    }

    [Fact]
    public async Task DanglingMarker_Ask_PointsToNoPassageAndIsDropped()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(ScriptedResponse.Completion("Mike Waltz denied that the policy change had been premeditated [42]."));

        var reply = await bot.Bot.AskAsync("What did Waltz say?");

        Assert.Equal(1, reply.Verification!.DanglingMarkers);
        Assert.DoesNotContain("[42]", reply.Text);
        Assert.All(reply.Citations, c => Assert.InRange(c.Marker, 1, reply.Citations.Count));
        Assert.Contains(reply.Citations, c => c.Quote.Contains(Waltz, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NothingSupported_Ask_AbstainsAndCitesNothing()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(ScriptedResponse.Completion("The halt will end in March [1]. Congress voted to extend it [2]."));

        var reply = await bot.Bot.AskAsync("When will the halt end?");

        Assert.True(reply.Abstained);
        Assert.Empty(reply.Citations);
        Assert.Equal(LlmAnswerer.NoAnswerText, reply.Text);
        Assert.Equal(2, reply.Verification!.Removed);
        Assert.Equal("llm:test-model", reply.Engine);
    }

    [Fact]
    public async Task NotFoundToken_Ask_AbstainsPlainly()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(ScriptedResponse.Completion(PromptLibrary.NotFoundToken));

        var reply = await bot.Bot.AskAsync("How many hackers work at Cyber Command?");

        Assert.True(reply.Abstained);
        Assert.Empty(reply.Citations);
        Assert.Equal(LlmAnswerer.NoAnswerText, reply.Text);
    }

    [Fact]
    public async Task SilenceStatement_Ask_AbstainsWithTheModelsOwnWording()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(ScriptedResponse.Completion("The articles don't say how long the pause will last."));

        var reply = await bot.Bot.AskAsync("How long will the pause last?");

        Assert.True(reply.Abstained);
        Assert.Equal("The articles don't say how long the pause will last.", reply.Text);
        Assert.Empty(reply.Citations);
    }

    [Fact]
    public async Task OutOfScopeQuestion_Ask_IsRefusedWithoutCallingTheModel()
    {
        await using var bot = await LlmBot.StartAsync();

        var reply = await bot.Bot.AskAsync("What's the weather in Paris tomorrow?");

        Assert.Empty(bot.Server.Requests);
        Assert.True(reply.Abstained);
        Assert.Empty(reply.Citations);
    }

    private static string CorpusText() => File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "halt-cyber-ops.md"));
}
