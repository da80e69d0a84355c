using Bot.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Bot.Llm;

public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// When <c>Ai__Provider</c> names a model provider, the kernel's answering step becomes the verified
    /// <see cref="LlmAnswerer"/>, with the provider's Semantic Kernel chat service behind a retrying HTTP client.
    /// With the default (<c>Extractive</c>) nothing changes. Call after <c>AddStoryBotEngine</c>.
    /// </summary>
    public static IServiceCollection AddStoryBotAi(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetSection(AiOptions.Section)[nameof(AiOptions.Provider)];
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals(AiOptions.Extractive, StringComparison.OrdinalIgnoreCase))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PromptLibrary>();
        services.AddSingleton<TokenCounter>();
        services.AddSingleton<ContextBuilder>();
        services.AddSingleton(sp => ModelHttpClient(sp));
        services.AddSingleton<IChatCompletionService>(sp => ChatModelFactory.Create(
            sp.GetRequiredService<IOptions<AiOptions>>().Value,
            sp.GetRequiredService<OwnedHttpClient<LlmAnswerer>>().Client,
            sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<ModelKernel>();
        services.AddSingleton<LlmAnswerer>();
        services.Replace(ServiceDescriptor.Singleton<IAnswerer>(sp => sp.GetRequiredService<LlmAnswerer>()));
        return services;
    }

    private static OwnedHttpClient<LlmAnswerer> ModelHttpClient(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AiOptions>>().Value;
        var retry = new RetryAfterHandler(options.MaxRetries, services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<RetryAfterHandler>>())
        {
            InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
        };

        // The answer's own deadline (Ai__TimeoutSeconds) bounds each call; the client adds none of its own.
        return new OwnedHttpClient<LlmAnswerer>(new HttpClient(retry) { Timeout = Timeout.InfiniteTimeSpan });
    }
}
