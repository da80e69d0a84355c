using Bot.Core.Replies;
using Bot.Llm.Tests.FakeOpenAI;

namespace Bot.Llm.Tests;

public sealed class CommandTests
{
    private const string Directive = "issued by Defense Secretary Pete Hegseth";

    [Fact]
    public async Task Summary_WithAModel_IsItsVerifiedBriefBesideTheStoryMapItems()
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(PromptPassages.Citing(
            "The Trump administration halted offensive cyber operations against Russia [{0}]. Defense Secretary Pete Hegseth issued the directive [{1}]. The move was hailed by every expert [{1}].",
            "has halted its offensive cyber operations", Directive));

        var reply = await bot.Bot.RunAsync(ReplyCommands.Summary, null);

        Assert.Equal("llm:test-model", reply.Engine);
        Assert.DoesNotContain("hailed", reply.Text);
        Assert.Equal(1, reply.Verification!.Removed);
        Assert.Contains("brief", PromptPassages.SystemText(bot.Server.Requests[0]));
        Assert.All(reply.Items.SelectMany(i => i.Markers), m => Assert.InRange(m, 1, reply.Citations.Count));
        Assert.All(reply.Citations, c => Assert.Contains(c.Quote, File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "halt-cyber-ops.md"))));
    }

    [Theory]
    [InlineData(ReplyCommands.Who, "Hegseth")]
    [InlineData(ReplyCommands.Why, null)]
    public async Task ProseCommand_ModelDown_IsTheStoryMapsAnswer(string command, string? argument)
    {
        await using var bot = await LlmBot.StartAsync();
        bot.Server.Enqueue(ScriptedResponse.Status(503));

        var reply = await bot.Bot.RunAsync(command, argument);

        Assert.Equal(LlmAnswerer.FallbackEngine, reply.Engine);
        Assert.NotEmpty(reply.Citations);
        Assert.Contains(reply.Notes, n => n.Contains("HTTP 503", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ReplyCommands.Timeline)]
    [InlineData(ReplyCommands.Sources)]
    public async Task ListCommand_WithAModel_NeedsNoModelCall(string command)
    {
        await using var bot = await LlmBot.StartAsync();

        var reply = await bot.Bot.RunAsync(command, null);

        Assert.Empty(bot.Server.Requests);
        Assert.NotEmpty(reply.Items);
    }
}
