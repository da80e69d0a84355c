using Bot.Engine;
using Bot.Llm.Tests.FakeOpenAI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Llm.Tests;

/// <summary>The bot with a model provider configured, pointed at a loopback OpenAI stand-in.</summary>
public sealed class LlmBot : IAsyncDisposable
{
    public const string ApiKey = "sk-test-secret-4f9a";

    private LlmBot(FakeOpenAIServer server, ServiceProvider services, CapturedLogs logs)
    {
        Server = server;
        Services = services;
        Logs = logs;
    }

    public FakeOpenAIServer Server { get; }

    public ServiceProvider Services { get; }

    public CapturedLogs Logs { get; }

    public IStoryBot Bot => Services.GetRequiredService<IStoryBot>();

    public static async Task<LlmBot> StartAsync(Dictionary<string, string?>? settings = null, bool azure = false)
    {
        var server = await FakeOpenAIServer.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["Corpus:Path"] = RepositoryPaths.Corpus,
            ["Corpus:Watch"] = "false",
            ["Ai:Provider"] = azure ? "AzureOpenAI" : "OpenAI",
            ["Ai:Endpoint"] = (azure ? server.AzureEndpoint : server.OpenAIEndpoint).ToString(),
            ["Ai:Model"] = "test-model",
            ["Ai:ApiKey"] = ApiKey,
            ["Ai:MaxRetries"] = "0",
            ["Ai:CacheEntries"] = "0",
            ["Ai:PromptsPath"] = RepositoryPaths.Prompts,
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var logs = new CapturedLogs();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddStoryBotEngine(configuration)
            .AddStoryBotAi(configuration)
            .BuildServiceProvider();
        return new LlmBot(server, services, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
