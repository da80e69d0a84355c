using Bot.Llm.Tests.FakeOpenAI;

namespace Bot.Llm.Tests;

public sealed class ProviderTests
{
    private const string Directive = "issued by Defense Secretary Pete Hegseth";

    [Fact]
    public async Task AzureOpenAI_Ask_CallsTheDeploymentWithAnApiKeyHeader()
    {
        await using var bot = await LlmBot.StartAsync(azure: true);
        bot.Server.Enqueue(PromptPassages.Citing("Hegseth issued the directive [{0}].", Directive));

        var reply = await bot.Bot.AskAsync("Who ordered the halt?");

        var request = Assert.Single(bot.Server.Requests);
        Assert.Equal("test-model", request.Deployment);
        Assert.Equal(LlmBot.ApiKey, request.Headers["api-key"]);
        Assert.Contains("api-version=", request.Query);
        Assert.Equal("llm:test-model", reply.Engine);
        Assert.NotEmpty(reply.Citations);
    }

    [Fact]
    public async Task OpenAICompatibleServerWithoutKey_Ask_Works()
    {
        await using var bot = await LlmBot.StartAsync(new() { ["Ai:ApiKey"] = null, ["Ai:Model"] = "llama3.1" });
        bot.Server.Enqueue(PromptPassages.Citing("Hegseth issued the directive [{0}].", Directive));

        var reply = await bot.Bot.AskAsync("Who ordered the halt?");

        Assert.Equal("llama3.1", Assert.Single(bot.Server.Requests).Model);
        Assert.Equal("llm:llama3.1", reply.Engine);
    }
}
