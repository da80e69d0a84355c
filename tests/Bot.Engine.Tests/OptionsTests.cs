using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Engine.Tests;

public sealed class OptionsTests
{
    [Fact]
    public async Task AiOptions_Default_IsTheEmbeddedExtractiveEngine()
    {
        await using var services = EngineFixture.Create();

        Assert.Equal(AiOptions.Extractive, services.GetRequiredService<IOptions<AiOptions>>().Value.Provider);
    }

    [Fact]
    public async Task AiOptions_UnknownProvider_FailsWithAMessageNamingTheSetting()
    {
        await using var services = EngineFixture.Create(new() { ["Ai:Provider"] = "Gemini" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AiOptions>>().Value);

        Assert.Contains("Ai__Provider", error.Message);
        Assert.Contains("Extractive", error.Message);
    }

    [Fact]
    public async Task AiOptions_BadEndpointAndTimeout_AreBothReported()
    {
        await using var services = EngineFixture.Create(new() { ["Ai:Endpoint"] = "not a url", ["Ai:TimeoutSeconds"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AiOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("Ai__Endpoint", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Ai__TimeoutSeconds", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AiOptions_OpenAIWithoutModelOrKey_SaysWhichKeysAreMissing()
    {
        await using var services = EngineFixture.Create(new() { ["Ai:Provider"] = "OpenAI" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AiOptions>>().Value);

        Assert.Contains(error.Failures, f => f.StartsWith("Ai__Model", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Ai__ApiKey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AiOptions_OpenAICompatibleServerWithoutKey_IsValid()
    {
        await using var services = EngineFixture.Create(new() { ["Ai:Provider"] = "OpenAI", ["Ai:Endpoint"] = "http://localhost:11434/v1", ["Ai:Model"] = "llama3.1" });

        Assert.Equal("llama3.1", services.GetRequiredService<IOptions<AiOptions>>().Value.Model);
    }

    [Fact]
    public async Task AiOptions_AzureWithoutEndpoint_IsRefused()
    {
        await using var services = EngineFixture.Create(new() { ["Ai:Provider"] = "AzureOpenAI", ["Ai:ApiKey"] = "k", ["Ai:Model"] = "gpt4o" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AiOptions>>().Value);

        Assert.Contains(error.Failures, f => f.StartsWith("Ai__Endpoint", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ai:ContextTokens", "10")]
    [InlineData("Ai:MaxRetries", "99")]
    [InlineData("Ai:MaxOutputTokens", "0")]
    [InlineData("Ai:CacheEntries", "-1")]
    public async Task AiOptions_OutOfRangeNumber_IsRefusedByName(string key, string value)
    {
        await using var services = EngineFixture.Create(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AiOptions>>().Value);

        Assert.Contains(key.Replace(":", "__", StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void AiOptions_ToString_NeverShowsTheApiKey()
    {
        var options = new AiOptions { ApiKey = "sk-secret-123" };

        Assert.DoesNotContain("sk-secret-123", options.ToString());
    }

    [Fact]
    public void CorpusOptions_EmptyPath_FindsTheRepositoryCorpusFolder()
    {
        var path = new CorpusOptions().ResolvePath();

        Assert.True(File.Exists(Path.Combine(path, "halt-cyber-ops.md")), path);
    }
}
