using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Llm.Tests.FakeOpenAI;

namespace Bot.Host.Tests;

public sealed partial class CliModelTests
{
    private const string Key = "sk-cli-secret-77c1";

    [GeneratedRegex(@"^\[(\d+)\] ""[^""]*"": .*issued by Defense Secretary Pete Hegseth", RegexOptions.Multiline)]
    private static partial Regex DirectivePassage();

    [Fact]
    public async Task AskJson_ModelConfigured_ReportsTheModelEngineTokenUsageAndVerification()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedResponse.From(request =>
        {
            var number = DirectivePassage().Match(request.Messages[^1].Content).Groups[1].Value;
            return ScriptedResponse.Completion($"Defense Secretary Pete Hegseth issued the directive [{number}]. He was fired soon after [{number}].", promptTokens: 812, completionTokens: 41);
        }));

        var (exit, stdout, stderr) = await CliProcess.RunAsync(["ask", "--json", "Who ordered the halt?"], environment: ModelEnvironment(server));

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("llm:test-model", root.GetProperty("engine").GetString());
        Assert.False(root.GetProperty("abstained").GetBoolean());
        Assert.Equal(812, root.GetProperty("usage").GetProperty("inputTokens").GetInt32());
        Assert.Equal(41, root.GetProperty("usage").GetProperty("outputTokens").GetInt32());
        Assert.InRange(root.GetProperty("usage").GetProperty("contextTokens").GetInt32(), 1, 1500);
        Assert.Equal(1, root.GetProperty("verification").GetProperty("removedSentences").GetInt32());
        Assert.DoesNotContain("fired", root.GetProperty("answer").GetString());
        var corpus = File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, "corpus", "halt-cyber-ops.md"));
        Assert.All(root.GetProperty("citations").EnumerateArray(), c => Assert.Contains(c.GetProperty("quote").GetString()!, corpus));
        Assert.DoesNotContain(Key, stdout + stderr);
    }

    [Fact]
    public async Task AskJson_ModelDown_FallsBackAndSaysSoInEngine()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedResponse.Status(500));

        var (exit, stdout, stderr) = await CliProcess.RunAsync(["ask", "--json", "Who ordered the halt?"], environment: ModelEnvironment(server));

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("extractive (fallback)", json.RootElement.GetProperty("engine").GetString());
        Assert.Contains("HTTP 500", stderr);
        Assert.DoesNotContain(Key, stdout + stderr);
    }

    [Fact]
    public async Task Ask_OpenAIWithoutModel_ExitsWithAConfigurationError()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync(["ask", "Who ordered the halt?"], environment: new() { ["Ai__Provider"] = "OpenAI", ["Ai__ApiKey"] = Key });

        Assert.Equal(2, exit);
        Assert.Contains("Ai__Model", stderr);
        Assert.DoesNotContain(Key, stderr);
    }

    private static Dictionary<string, string> ModelEnvironment(FakeOpenAIServer server) => new()
    {
        ["Ai__Provider"] = "OpenAI",
        ["Ai__Endpoint"] = server.OpenAIEndpoint.ToString(),
        ["Ai__Model"] = "test-model",
        ["Ai__ApiKey"] = Key,
        ["Ai__MaxRetries"] = "0",
    };
}
