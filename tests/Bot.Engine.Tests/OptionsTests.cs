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
